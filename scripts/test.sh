#!/usr/bin/env bash
# The whole test suite, as the README gives it and as .ci/run calls it. Installs what
# it needs (Python packages into .venv) and runs:
#   1. every Rust test of the workspace (unit, integration, property, doc tests);
#   2. the PostgreSQL group of the audit store against a real server (installed from
#      Debian packages and started on 127.0.0.1 by scripts/ci-postgres.sh; needs root);
#   3. the detector's quality ratchet on the development set (eval/baseline.json).
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

echo "== detector quality on the development set"
if [ -f "$eval_dir/dev.jsonl" ]; then
  cargo build --release --locked -q -p poortwachter-cli
  python3 scripts/eval-check.py "$root/target/release/poortwachter" "$eval_dir"
else
  echo "skipped: no development set at $eval_dir (set POORTWACHTER_EVAL_DIR)"
fi
