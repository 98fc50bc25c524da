#!/usr/bin/env bash
# The whole test suite, as the README gives it and as .ci/run calls it. Installs what
# it needs (Python packages into .venv) and runs:
#   1. every Rust test of the workspace (unit, integration, property, doc tests);
#   2. the PostgreSQL group of the audit store against a real server (installed from
#      Debian packages and started on 127.0.0.1 by scripts/ci-postgres.sh; needs root);
#   3. the gateway end to end with the real `openai` Python SDK and a recording mock
#      upstream (tests/e2e, in a virtualenv at .venv);
#   4. the detector's quality ratchets on the development set, eval/extra, eval/extra2,
#      eval/extra3, eval/extra4, eval/extra5, eval/extra6, eval/extra7 and eval/extra8 (eval/baseline.json and
#      eval/extra*/baseline.json).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
eval_dir="${POORTWACHTER_EVAL_DIR:-$root/../shared/eval}"

echo "== cargo test (workspace)"
cargo test --workspace --locked

echo "== audit store on PostgreSQL"
if [ "$(id -u)" = 0 ] || [ -n "${POORTWACHTER_TEST_POSTGRES_URL:-}" ]; then
  if [ -z "${POORTWACHTER_TEST_POSTGRES_URL:-}" ]; then
    POORTWACHTER_TEST_POSTGRES_URL="$(scripts/ci-postgres.sh)"
    export POORTWACHTER_TEST_POSTGRES_URL
  fi
  cargo test --locked -p poortwachter-audit --features postgres
  cargo test --locked -p poortwachter-cli --features postgres -- gateway_audit::dev_set_leaves_no_value_postgres
else
  echo "skipped: not root and POORTWACHTER_TEST_POSTGRES_URL unset (scripts/ci-postgres.sh needs root)"
fi

cargo build --release --locked -q -p poortwachter-cli
bin="$root/target/release/poortwachter"

echo "== gateway end to end (openai SDK)"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/pip install -q --disable-pip-version-check -r tests/e2e/requirements.txt
POORTWACHTER_BIN="$bin" POORTWACHTER_DEV_SET="$eval_dir/dev.jsonl" .venv/bin/python -m pytest -q tests/e2e

echo "== detector quality"
python3 scripts/eval-check.py "$bin" "$root/eval/extra/extra.jsonl" "$root/eval/extra/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra2/extra2.jsonl" "$root/eval/extra2/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra3/extra3.jsonl" "$root/eval/extra3/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra4/extra4.jsonl" "$root/eval/extra4/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra5/extra5.jsonl" "$root/eval/extra5/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra6/extra6.jsonl" "$root/eval/extra6/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra7/extra7.jsonl" "$root/eval/extra7/baseline.json"
python3 scripts/eval-check.py "$bin" "$root/eval/extra8/extra8.jsonl" "$root/eval/extra8/baseline.json"
if [ -f "$eval_dir/dev.jsonl" ]; then
  python3 scripts/eval-check.py "$bin" "$eval_dir/dev.jsonl" "$root/eval/baseline.json"
else
  echo "skipped: no development set at $eval_dir (set POORTWACHTER_EVAL_DIR)"
fi
