#!/usr/bin/env bash
# Crash-safety check (issue 9): kill -9 the consumer twice mid-stream, restart it, and count what
# arrives on support.enriched. Opt-in and long; not part of CI.
#
#   bash Ops/reliability/kill9.sh [PASSES] [PARTITIONS]
#
# PASSES copies of Topics/samples/tickets.jsonl (180 tickets each, ids suffixed per pass) are
# produced to a standalone embedded broker; default 223 passes = 40,140 tickets, 24 partitions.
# Needs kcat and a release build (swift build -c release).
set -euo pipefail
cd "$(dirname "$0")/../.."
passes=${1:-223}
partitions=${2:-24}
bin=.build/release/supportstream
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" broker --partitions "$partitions" --bootstrap-file "$work/bootstrap" --log-level warning &
for _ in $(seq 50); do [ -s "$work/bootstrap" ] && break; sleep 0.1; done
bs=$(cat "$work/bootstrap")
"$bin" produce --brokers "$bs" --input Topics/samples/tickets.jsonl --repeat "$passes"
expected=$((passes * $(grep -c . Topics/samples/tickets.jsonl)))

count_enriched() { kcat -b "$bs" -C -t support.enriched -e -q -f '%h\n' 2>/dev/null | grep -o 'event_id=[^,]*' | sort -u | wc -l; }
total_enriched() { kcat -b "$bs" -C -t support.enriched -e -q -f '.\n' 2>/dev/null | wc -l; }

export SUPPORTSTREAM_STATE_PATH="$work/state.sqlite"
# Kill mid-stream: once a quarter, then once half of the tickets are enriched.
for round in 1 2; do
    "$bin" run --brokers "$bs" --log-level warning > "$work/run$round.log" 2>&1 &
    pid=$!
    target=$((expected * round / 4))
    while [ "$(total_enriched)" -lt "$target" ]; do sleep 0.1; done
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    echo "round $round: killed -9 with $(count_enriched) distinct events enriched so far"
done

before=$(total_enriched)
start=$(date +%s.%N)
"$bin" run --brokers "$bs" --log-level warning > "$work/final.log" 2>&1 &
pid=$!
while [ "$(total_enriched)" -le "$before" ]; do sleep 0.2; done
first=$(echo "$(date +%s.%N) - $start" | bc)
echo "restart to first enriched event: ${first}s"
deadline=$((SECONDS + 300))
while [ "$(count_enriched)" -lt "$expected" ] && [ $SECONDS -lt $deadline ]; do sleep 2; done
kill -TERM "$pid"; wait "$pid" || true
distinct=$(count_enriched)
total=$(total_enriched)
echo "produced $expected tickets; support.enriched holds $total records, $distinct distinct event ids; duplicates $((total - distinct))"
[ "$distinct" -eq "$expected" ] && echo "kill9: ok, nothing lost" || { echo "kill9: LOST $((expected - distinct)) events"; exit 1; }
