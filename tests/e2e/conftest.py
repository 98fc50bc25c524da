"""Starts the recording mock upstream and `poortwachter serve` for the end-to-end tests."""

import hashlib
import json
import os
import pathlib
import subprocess
import tempfile
import threading

import pytest

import mock_upstream

REPO = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("POORTWACHTER_BIN", REPO / "target" / "debug" / "poortwachter"))
DEV = pathlib.Path(os.environ.get("POORTWACHTER_DEV_SET", REPO.parent / "shared" / "eval" / "dev.jsonl"))

KEYS = {"pw-e2e-one": "one", "pw-e2e-two": "two"}


def config(mock_url):
    keys = "".join(
        f'\n[[keys]]\nid = "{kid}"\nhash = "sha256:{hashlib.sha256(k.encode()).hexdigest()}"\nuser = "{kid}"\n'
        f'group = "staff"\npurposes = ["general"]\ndefault_purpose = "general"\n'
        for k, kid in KEYS.items()
    )
    return (
        'listen = "127.0.0.1:0"\n[providers.mock]\n'
        f'base_url = "{mock_url}"\nmodels = ["mock-model"]\ncontract = "own"\n'
        'trains_on_inputs = false\nlocation = "on_premise"\ndpa_signed = true\n'
        '[providers.demo]\nkind = "demo"\nmodels = ["demo"]\ncontract = "own"\ntrains_on_inputs = false\n'
        'location = "on_premise"\ndpa_signed = true\n' + keys
    )


class Gateway:
    def __init__(self, proc, url, log_lines):
        self.proc, self.url, self.log_lines = proc, url, log_lines

    def log(self):
        return "\n".join(self.log_lines)


@pytest.fixture(scope="session")
def mock():
    server, recorder, url = mock_upstream.start()
    yield recorder, url
    server.shutdown()


@pytest.fixture(scope="session")
def gateway(mock):
    _, url = mock
    assert BIN.exists(), f"build the binary first: cargo build -p poortwachter-cli ({BIN})"
    cfg = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
    cfg.write(config(url))
    cfg.close()
    env = dict(os.environ, RUST_LOG="trace")
    proc = subprocess.Popen([str(BIN), "serve", "--config", cfg.name], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    lines, ready = [], threading.Event()
    found = {}

    def read():
        for line in proc.stderr:
            line = line.rstrip("\n")
            lines.append(line)
            if line.startswith("poortwachter: listening on "):
                found["url"] = line.split("listening on ", 1)[1].strip()
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    assert ready.wait(60), "gateway did not start:\n" + "\n".join(lines)
    yield Gateway(proc, found["url"], lines)
    proc.terminate()
    proc.wait(10)
    os.unlink(cfg.name)


@pytest.fixture(scope="session")
def dev_docs():
    docs = [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines() if l.strip()]
    preds = subprocess.run([str(BIN), "scan", "--jsonl"], input="\n".join(json.dumps({"id": d["id"], "text": d["text"]}) for d in docs),
                           capture_output=True, text=True, check=True).stdout
    by_id = {p["id"]: p for p in map(json.loads, preds.splitlines()) if p}
    return docs, by_id
