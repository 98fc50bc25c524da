#!/usr/bin/env python3
"""The detector's quality ratchet: scores `poortwachter scan --jsonl` on the development
set and fails when any figure falls below the baseline committed in eval/baseline.json.

usage: scripts/eval-check.py BIN GOLD.jsonl BASELINE.json [--update]
  --update  write the current figures as the new baseline (only ever raise it)
Prints one line per figure and a closing 'N passed, M failed' line.
"""
import json, os, subprocess, sys, tempfile

bin_path, gold, baseline_path = sys.argv[1], sys.argv[2], sys.argv[3]
update = "--update" in sys.argv[4:]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The scorer is the shared one; a copy of its path is taken from POORTWACHTER_EVAL_DIR.
eval_dir = os.environ.get("POORTWACHTER_EVAL_DIR", os.path.join(root, "..", "shared", "eval"))

with tempfile.TemporaryDirectory() as tmp:
    inp, pred = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "pred.jsonl")
    with open(gold, encoding="utf-8") as g, open(inp, "w", encoding="utf-8") as f:
        for line in g:
            d = json.loads(line)
            f.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    with open(inp, "rb") as i, open(pred, "wb") as o:
        subprocess.run([bin_path, "scan", "--jsonl"], stdin=i, stdout=o, check=True)
    out = subprocess.run([sys.executable, os.path.join(eval_dir, "score.py"), gold, pred, "--json"],
                         capture_output=True, text=True, check=True).stdout
score = json.loads(out)

# Higher is better for every figure except over-redaction.
current = {"protection": score["headline"]["protection"],
           "special_f1": score["headline"]["special_f1"] or 0.0,
           "overlap_f1": score["headline"]["overlap_f1"],
           "over_redaction": score["headline"]["over_redaction"]}
for t, v in score["protection"]["per_type"].items():
    if v["total"]:
        current[f"protection.{t}"] = v["rate"]

if update or not os.path.exists(baseline_path):
    os.makedirs(os.path.dirname(baseline_path), exist_ok=True)
    with open(baseline_path, "w") as f:
        json.dump({k: round(v, 4) for k, v in sorted(current.items())}, f, indent=2)
        f.write("\n")
    print(f"baseline written to {baseline_path}")

baseline = json.load(open(baseline_path))
passed = failed = 0
for key, base in sorted(baseline.items()):
    now = current.get(key)
    if now is None:
        ok = False
    elif key == "over_redaction":
        ok = round(now, 4) <= base
    else:
        ok = round(now, 4) >= base
    passed += ok
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {key:<28} now {now if now is None else f'{now:.4f}'}  baseline {base:.4f}")
print(f"eval {os.path.basename(gold)}: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
