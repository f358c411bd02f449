#!/usr/bin/env bash
# Coverage-guided fuzzing of the decoder and the redactor with libFuzzer (swiftc -sanitize=fuzzer,address).
# Opt-in, not part of CI.   bash Ops/fuzz/run.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
out=${FUZZ_OUT:-/tmp/supportstream-fuzz}
mkdir -p "$out/decoder-corpus" "$out/redactor-corpus"
cp Topics/samples/*.jsonl "$out/decoder-corpus/" 2>/dev/null || true
split -l 1 Topics/samples/tickets.jsonl "$out/redactor-corpus/t-" 2>/dev/null || true

swiftc -O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -o "$out/decoder-fuzz" \
    Ops/fuzz/DecoderFuzz.swift Sources/Pipeline/{StrictJSONParser,JSONValue,EventDecoder,InputEvent,DecodeFailure,RFC3339}.swift
swiftc -O -sanitize=fuzzer,address -parse-as-library -swift-version 6 -module-name TextInference -o "$out/redactor-fuzz" \
    Ops/fuzz/RedactorFuzz.swift Sources/TextInference/Redaction/*.swift Sources/TextInference/Model/Entity.swift Sources/TextInference/Model/EntityType.swift

for target in decoder redactor; do
    echo "== $target: ${seconds}s"
    "$out/$target-fuzz" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 "$out/$target-corpus" 2>&1 \
        | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done" || true
done
