"""A recording OpenAI-compatible mock upstream on 127.0.0.1 (standard library only).

It records every byte it receives (request line, headers, body) and answers chat
completions by echoing the last user message as "ECHO: <text>", so that placeholders
come back and the gateway's restoring can be checked. Streams are cut into pieces of
three characters, so placeholders are split over several SSE events.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []

    def add(self, raw):
        with self.lock:
            self.requests.append(raw)

    def count(self):
        with self.lock:
            return len(self.requests)

    def since(self, n):
        """Everything received since request n: raw bytes, plus every JSON string decoded
        (so that escaping cannot hide a value)."""
        with self.lock:
            raw = self.requests[n:]
        parts = [b"\n".join(raw).decode("utf-8", "replace")]
        for r in raw:
            try:
                _decoded(json.loads(r.split(b"\r\n\r\n", 1)[-1]), parts)
            except ValueError:
                pass
        return "\n".join(parts)

    def bodies_since(self, n):
        with self.lock:
            return [r.split(b"\r\n\r\n", 1)[-1] for r in self.requests[n:]]


def _decoded(v, out):
    if isinstance(v, str):
        out.append(v)
        try:
            inner = json.loads(v)
            if isinstance(inner, (dict, list)):
                _decoded(inner, out)
        except ValueError:
            pass
    elif isinstance(v, list):
        for x in v:
            _decoded(x, out)
    elif isinstance(v, dict):
        for k, x in v.items():
            out.append(k)
            _decoded(x, out)


def _last_user_text(body):
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, str):
                return c
            if isinstance(c, list):
                return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
    return ""


def make_handler(recorder):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            head = f"{self.command} {self.path}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
            recorder.add(head.encode() + b"\r\n" + body)
            req = json.loads(body)
            answer = "ECHO: " + _last_user_text(req)
            if req.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                base = {"id": "chatcmpl-mock", "object": "chat.completion.chunk", "created": 0, "model": req.get("model")}
                for i in range(0, len(answer), 3):
                    ev = dict(base, choices=[{"index": 0, "delta": {"content": answer[i:i + 3]}, "finish_reason": None}])
                    self.wfile.write(f"data: {json.dumps(ev)}\n\n".encode())
                    self.wfile.flush()
                ev = dict(base, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])
                self.wfile.write(f"data: {json.dumps(ev)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()
                return
            out = {
                "id": "chatcmpl-mock", "object": "chat.completion", "created": 0, "model": req.get("model"),
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
            data = json.dumps(out).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def start():
    """Starts the mock; returns (server, recorder, base_url)."""
    recorder = Recorder()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(recorder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, recorder, f"http://127.0.0.1:{server.server_address[1]}/v1"
