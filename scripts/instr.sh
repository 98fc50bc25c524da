#!/usr/bin/env bash
# Steady-state instructions per input byte of `poortwachter scan --jsonl`, measured with
# callgrind (repeatable on a busy machine, unlike wall-clock time): the file is scanned
# once and five times, and the difference is divided by four times its size, so start-up
# and the regex engines' cache warm-up drop out.
# Usage: scripts/instr.sh FILE.jsonl
set -euo pipefail
bin="${BIN:-target/release/poortwachter}"
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" scan --jsonl < "$1" 2>&1 >/dev/null | awk '/Collected/ {print $4}'; }
five=$(mktemp); for _ in 1 2 3 4 5; do cat "$1"; done > "$five"
one=$(count "$1"); many=$(count "$five"); rm -f "$five"
bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1])))' "$1")
python3 -c "import sys; a,b,n=map(int,sys.argv[1:]); print(f'{(b-a)/(4*n):.1f} instructions/byte steady state; first pass incl. start-up {a/n:.1f}')" "$one" "$many" "$bytes"
