#!/usr/bin/env python3
"""Checks the checksummed values of a hand-written PII set (inline markup, see handwritten_to_jsonl.py).

Run: python3 Ops/pii/check_handwritten_values.py Ops/pii/handwrittenNN.txt
Every CREDIT_CARD must pass Luhn and fall in a known IIN range; every LUHN_INVALID must fail Luhn; every IBAN must
pass mod-97 with its country's length and every IBAN_INVALID must fail; every US_SSN must obey the area (not 000,
666, 900-999), group (not 00) and serial (not 0000) rules; IP_ADDRESS values must parse and lie in the
documentation ranges. Exits non-zero on the first list of failures.
"""
import ipaddress, re, sys

MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]|\{\{([A-Z_0-9]+)\|(.*?)\}\}", re.S)
IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "ES": 24, "FR": 27, "GB": 22, "IE": 22, "IT": 27, "LU": 20,
            "NL": 18, "PT": 25, "MC": 27, "LI": 21, "DK": 18, "PL": 28, "SE": 24, "NO": 15, "FI": 18, "BR": 29}
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")]


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def network(d):
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19): return "visa"
    if 51 <= int(d[:2]) <= 55 and n == 16: return "mastercard"
    if 2221 <= int(d[:4]) <= 2720 and n == 16: return "mastercard"
    if d[:2] in ("34", "37") and n == 15: return "amex"
    if (d.startswith("6011") or d.startswith("65")) and n in (16, 19): return "discover"
    if 3528 <= int(d[:4]) <= 3589 and n in (16, 19): return "jcb"
    if d[:2] in ("36", "38", "39") or d[:3] in ("300", "301", "302", "303", "304", "305"):
        return "diners" if n in (14, 16) else None
    if d[:4] in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763") and 12 <= n <= 19:
        return "maestro"
    if d.startswith("62") and 16 <= n <= 19: return "unionpay"
    return None


def iban_ok(v):
    s = re.sub(r"\s", "", v).upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]: return False
    return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1


def ssn_ok(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def main(path):
    bad, stats = [], {}
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip(): continue
        for m in MARK.finditer(line):
            kind, val = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            digits = re.sub(r"\D", "", val)
            if kind == "CREDIT_CARD":
                net = network(digits)
                stats[net] = stats.get(net, 0) + 1
                if not (luhn(digits) and net): bad.append((no, kind, val))
            elif kind == "LUHN_INVALID" and luhn(digits): bad.append((no, kind, val))
            elif kind == "IBAN" and not iban_ok(val): bad.append((no, kind, val))
            elif kind == "IBAN_INVALID" and iban_ok(val): bad.append((no, kind, val))
            elif kind == "US_SSN" and not ssn_ok(val): bad.append((no, kind, val))
            elif kind == "IP_ADDRESS":
                try:
                    ip = ipaddress.ip_address(val)
                    if not any(ip in n for n in DOC_NETS): bad.append((no, kind + " (not documentation range)", val))
                except ValueError:
                    bad.append((no, kind, val))
            elif kind == "EMAIL" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", val): bad.append((no, kind, val))
    print("card networks:", stats)
    for b in bad: print("FAIL line %d %s: %s" % b)
    print("%d failures" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
