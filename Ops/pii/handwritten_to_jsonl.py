#!/usr/bin/env python3
"""Converts Ops/pii/handwritten.txt (inline markup) into the labels JSONL format of `supportstream eval pii`.

Run: python3 Ops/pii/handwritten_to_jsonl.py < Ops/pii/handwritten.txt > Topics/samples/pii_handwritten.jsonl
"""
import json, re, sys

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{([A-Z_0-9]+)\|(.*?)\}\}", re.S)
count = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    lang, src = line.split("\t", 1)
    src = src.replace("\\n", "\n")
    text, entities, negatives, pos = "", [], [], 0
    for m in MARK.finditer(src):
        text += src[pos:m.start()]
        if m.group(1):
            entities.append({"type": m.group(1), "start": len(text), "end": len(text) + len(m.group(2))})
            text += m.group(2)
        else:
            negatives.append({"kind": m.group(3), "start": len(text), "end": len(text) + len(m.group(4))})
            text += m.group(4)
        pos = m.end()
    text += src[pos:]
    count += 1
    print(json.dumps({"id": "h-%s-%03d" % (lang, count), "language": lang, "split": "handwritten", "text": text,
                      "entities": entities, "negatives": negatives}, ensure_ascii=False))
