#!/usr/bin/env bash
# Soak run (issue 9): `run --embedded` at a fixed feed rate, sampling the process RSS.
# Opt-in, not part of CI.   bash Ops/reliability/soak.sh [SECONDS] [RATE]
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
rate=${2:-1000}
bin=.build/release/supportstream
log=$(mktemp)
"$bin" run --embedded --duration "$seconds" --feed-rate "$rate" --log-level warning 2> "$log" &
pid=$!
echo "t_s rss_mib enriched"
start=$SECONDS
while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    enriched=$(tail -c 300 "$log" | tr "\r" "\n" | grep -o "enriched [0-9]*" | tail -1 | cut -d" " -f2 || true)
    echo "$((SECONDS - start)) $((rss / 1024)) ${enriched:-0}"
    sleep 30
done
wait "$pid"
echo "exit code $?"
tail -c 400 "$log" | tr '\r' '\n' | tail -2
rm -f "$log"
