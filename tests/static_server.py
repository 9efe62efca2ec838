"""The plainest static host, optionally sending the exhibit's Content-Security-Policy.

python3 static_server.py DIR PORT [--csp]

Like `python3 -m http.server`: no compression, no rewrites. With --csp every response carries
the policy in content-security-policy.txt (the one the README tells hosts to send).
"""
import functools
import http.server
import pathlib
import sys

POLICY = (pathlib.Path(__file__).parent / "content-security-policy.txt").read_text().strip()


class Handler(http.server.SimpleHTTPRequestHandler):
    send_policy = False

    def end_headers(self):
        if self.send_policy:
            self.send_header("Content-Security-Policy", POLICY)
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    folder, port = sys.argv[1], int(sys.argv[2])
    Handler.send_policy = "--csp" in sys.argv[3:]
    handler = functools.partial(Handler, directory=folder)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
