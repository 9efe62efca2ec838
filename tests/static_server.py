"""The plainest static host, optionally sending the exhibit's Content-Security-Policy.

python3 static_server.py DIR PORT [--csp] [--precompressed] [--faults FILE]

Like `python3 -m http.server`: no compression, no rewrites. With --csp every response carries
the policy in content-security-policy.txt (the one the README tells hosts to send). With
--precompressed it sends the build's `name.br` or `name.gz` instead of `name` when the browser
accepts it, as nginx's brotli_static/gzip_static and Caddy's precompressed do.

With --faults FILE it misbehaves on purpose, as a failing host or a captive portal would. FILE
is read again on every request (a test changes it while the server runs); when it exists and
holds JSON such as

    {"/exhibit.json": {"status": 503, "body": "down", "content_type": "text/html", "delay_ms": 5000}}

a request whose path (without the query string) is a key waits `delay_ms`, then answers with
`status` (default 200), `body` (default empty) and `content_type` (default text/plain); with
only `delay_ms`, it answers with the real file after the delay. Every field is optional.
The key "*" applies to every path that has no entry of its own, and `"drop": true` closes the
connection without an answer: the network error a visitor gets when the host is unreachable.
"""
import functools
import http.server
import io
import json
import pathlib
import socket
import sys
import time
import urllib.parse

POLICY = (pathlib.Path(__file__).parent / "content-security-policy.txt").read_text().strip()


class Handler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive, as every production server does (http.server's default HTTP/1.0 opens a new
    # connection per file, which Lighthouse then charges as round trips).
    protocol_version = "HTTP/1.1"
    send_policy = False
    precompressed = False
    faults_file = None
    encoding = None

    def send_head(self):
        self.encoding = None
        fault = self.fault()
        if fault is not None:
            time.sleep(max(0, float(fault.get("delay_ms", 0))) / 1000)
            if fault.get("drop"):
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return None
            if fault.keys() - {"delay_ms"}:
                return self.send_fault(fault)
        if self.precompressed:
            path = pathlib.Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            accepted = self.headers.get("Accept-Encoding", "")
            for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
                packed = path.with_name(path.name + suffix)
                if encoding in accepted and path.is_file() and packed.is_file():
                    return self.send_packed(path, packed, encoding)
        return super().send_head()

    def send_packed(self, path, packed, encoding):
        body = open(packed, "rb")
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", encoding)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(packed.stat().st_size))
        self.end_headers()
        return body

    def fault(self):
        """This request's entry in the faults file, or None (no file, bad JSON, no entry)."""
        if not self.faults_file:
            return None
        try:
            faults = json.loads(pathlib.Path(self.faults_file).read_text())
        except (OSError, ValueError):
            return None
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        fault = faults.get(path, faults.get("*")) if isinstance(faults, dict) else None
        return fault if isinstance(fault, dict) else None

    def send_fault(self, fault):
        body = str(fault.get("body", "")).encode()
        self.send_response(int(fault.get("status", 200)))
        self.send_header("Content-Type", fault.get("content_type", "text/plain; charset=utf-8"))
        self.send_header("Content-Length", str(len(body)))
        # A fault is never kept by the browser's own cache: clearing it must take effect at once.
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        return io.BytesIO(body)

    def handle(self):
        # A browser that gave up on a delayed answer closes the connection: not an error here.
        try:
            super().handle()
        except (ConnectionError, TimeoutError):
            pass

    def end_headers(self):
        if self.send_policy:
            self.send_header("Content-Security-Policy", POLICY)
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    Handler.send_policy = "--csp" in sys.argv[3:]
    Handler.precompressed = "--precompressed" in sys.argv[3:]
    if "--faults" in sys.argv[3:]:
        Handler.faults_file = sys.argv[sys.argv.index("--faults", 3) + 1]
    handler = functools.partial(Handler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
