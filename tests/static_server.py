"""The plainest static host, optionally sending the exhibit's Content-Security-Policy.

python3 static_server.py DIR PORT [--csp] [--precompressed]

Like `python3 -m http.server`: no compression, no rewrites. With --csp every response carries
the policy in content-security-policy.txt (the one the README tells hosts to send). With
--precompressed it sends the build's `name.br` or `name.gz` instead of `name` when the browser
accepts it, as nginx's brotli_static/gzip_static and Caddy's precompressed do.
"""
import functools
import http.server
import pathlib
import sys

POLICY = (pathlib.Path(__file__).parent / "content-security-policy.txt").read_text().strip()


class Handler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive, as every production server does (http.server's default HTTP/1.0 opens a new
    # connection per file, which Lighthouse then charges as round trips).
    protocol_version = "HTTP/1.1"
    send_policy = False
    precompressed = False
    encoding = None

    def send_head(self):
        self.encoding = None
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
    handler = functools.partial(Handler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
