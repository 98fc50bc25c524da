#!/usr/bin/env bash
# Scores the detector on the development set: builds the release binary, runs
# `poortwachter scan --jsonl` over ../shared/eval/dev.jsonl and prints the scorer's tables.
# Usage: scripts/eval.sh [extra score.py flags, e.g. --by-source or --json]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir="${POORTWACHTER_EVAL_DIR:-$root/../shared/eval}"
cargo build --release --quiet -p poortwachter-cli --manifest-path "$root/Cargo.toml"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    d=json.loads(l); print(json.dumps({"id":d["id"],"text":d["text"]},ensure_ascii=False))' "$eval_dir/dev.jsonl" > "$tmp/in.jsonl"
"${CARGO_TARGET_DIR:-$root/target}/release/poortwachter" scan --jsonl < "$tmp/in.jsonl" > "$tmp/pred.jsonl"
if [ -n "${SAVE_PRED:-}" ]; then cp "$tmp/pred.jsonl" "$SAVE_PRED"; fi
python3 "$eval_dir/score.py" "$eval_dir/dev.jsonl" "$tmp/pred.jsonl" "$@"
