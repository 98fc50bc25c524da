#!/usr/bin/env bash
# Reproduces the README's cache probes of the detector's speed (release build, one thread):
#   1. the dev corpus in order vs every document scanned eight times in a row (same work,
#      only warm caches and branch history differ), and as many one-sentence documents
#      (the per-document fixed cost);
#   2. per-recognizer ns/byte on the gateway bench's 8 KB prompt (one long prose line).
# Usage: bash scripts/speed-probes.sh [DEV.jsonl]   (default ../shared/eval/dev.jsonl)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dev="${1:-$root/../shared/eval/dev.jsonl}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
cargo build --release -q -p poortwachter-cli
python3 - "$dev" "$tmp" <<'PY'
import itertools, json, sys
dev, tmp = sys.argv[1], sys.argv[2]
docs = [json.loads(l) for l in open(dev, encoding="utf-8")]
with open(f"{tmp}/in-order.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
with open(f"{tmp}/repeated.jsonl", "w", encoding="utf-8") as f:
    for d in docs:
        for k in range(8):
            f.write(json.dumps({"id": f"{d['id']}-{k}", "text": d["text"]}) + "\n")
# Per-document fixed cost: as many documents, each one short sentence.
with open(f"{tmp}/tiny.jsonl", "w", encoding="utf-8") as f:
    for i in range(len(docs)):
        f.write(json.dumps({"id": str(i), "text": "Hallo, dit is een korte zin."}) + "\n")
# The same block as `poortwachter bench gateway` (crates/cli/src/cmd/bench.rs, fn prompt).
block = ("Beste collega, kun je de brief aan mevrouw Anna de Boer (anna.deboer@example.nl, 06-12345678) "
         "herschrijven zodat hij vriendelijker klinkt? Zij woont op Kerkstraat 14, 3511 LK Utrecht. We willen haar "
         "uitnodigen voor een gesprek over de aanvraag en de planning van het project in het voorjaar. ")
with open(f"{tmp}/prompt8k.jsonl", "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "p8k", "text": "".join(itertools.islice(itertools.cycle(block), 8192))}) + "\n")
PY
for f in in-order repeated in-order repeated tiny; do
  printf '%-10s ' "$f"; target/release/poortwachter scan --bench 3 "$tmp/$f.jsonl" 2>&1 | grep throughput
done
echo "== per recognizer, 8 KB bench prompt"
cargo run --release -q -p poortwachter-detect --example phase_speed -- "$tmp/prompt8k.jsonl"
