#!/usr/bin/env bash
# Scores the release binary on the development set and on eval/extra, eval/extra2
# eval/extra3, eval/extra4, eval/extra5, eval/extra6, eval/extra7 and eval/extra8 (written independently, proxies for text written differently); prints the headline tables.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release --quiet -p poortwachter-cli --manifest-path "$root/Cargo.toml"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for set in "$root/../shared/eval/dev.jsonl" "$root/eval/extra/extra.jsonl" "$root/eval/extra2/extra2.jsonl" "$root/eval/extra3/extra3.jsonl" "$root/eval/extra4/extra4.jsonl" "$root/eval/extra5/extra5.jsonl" "$root/eval/extra6/extra6.jsonl" "$root/eval/extra7/extra7.jsonl" "$root/eval/extra8/extra8.jsonl"; do
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"):
    d=json.loads(l); print(json.dumps({"id":d["id"],"text":d["text"]},ensure_ascii=False))' "$set" > "$tmp/in.jsonl"
  "$root/target/release/poortwachter" scan --jsonl < "$tmp/in.jsonl" > "$tmp/pred.jsonl"
  echo "== $(basename "$set")"
  python3 "$root/../shared/eval/score.py" "$set" "$tmp/pred.jsonl" "$@" | sed -n '3,22p;/^micro  /p;/any special/p'
  cp "$tmp/pred.jsonl" "/tmp/pred-$(basename "$set")"
done
