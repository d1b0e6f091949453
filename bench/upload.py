"""Peak memory of one large ``images.edit`` upload: the generated client against openai-python.

Each client runs in a fresh interpreter and uploads an open file to a local
server (its own process) that reads the body and throws it away. What counts
is the process's peak resident memory during the call less its memory just
before it, after a small warm-up call has loaded everything a call needs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bench.measure import bench_env

__all__ = ["CLIENTS", "measure_upload"]

ANSWER = json.dumps({"created": 1700000000, "data": []}).encode()

# The call each client makes: ``image`` is an open binary file, ``url`` the server.
CLIENTS = {
    "ours": (
        "portkey_client",
        "from portkey_client import PortkeyClient\n"
        "client = PortkeyClient(api_key='pk', virtual_key='vk', base_url=url,"
        " max_retries=0)\n"
        "def call(image): client.images.edit(image=image, prompt='p')\n",
    ),
    "openai": (
        "openai",
        "from openai import OpenAI\n"
        "client = OpenAI(api_key='sk', base_url=url, max_retries=0)\n"
        "def call(image): client.images.edit(image=image, prompt='p')\n",
    ),
}

# Run in the measured interpreter: prints the peak growth in bytes.
_MEASURE = """
import gc, io, sys
url, path = sys.argv[1], sys.argv[2]
{setup}
def status(field):
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(field + ':'):
                return int(line.split()[1]) * 1024
call(io.BytesIO(b'\\x89PNG' + bytes(1000)))  # imports, connection pool, adapters
gc.collect()
with open('/proc/self/clear_refs', 'w') as f:
    f.write('5')  # the peak so far is forgotten: VmHWM restarts from now
before = status('VmRSS')
with open(path, 'rb') as image:
    call(image)
print(status('VmHWM') - before)
"""


def _serve() -> None:
    """The server process: print the port, then read and drop every body."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            left = int(self.headers.get("content-length") or 0)
            while left:
                chunk = self.rfile.read(min(left, 1 << 16))
                if not chunk:
                    return
                left -= len(chunk)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(ANSWER)))
            self.end_headers()
            self.wfile.write(ANSWER)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


@contextmanager
def _server() -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.upload", "--serve"],
        stdout=subprocess.PIPE,
        text=True,
        env=bench_env(),
    )
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{int(proc.stdout.readline())}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _importable(module: str) -> bool:
    found = subprocess.run(
        [sys.executable, "-c", f"import {module}"], env=bench_env(), capture_output=True
    )
    return found.returncode == 0


def measure_upload(megabytes: int, rounds: int) -> dict[str, float]:
    """Best-of-``rounds`` peak growth in MB for each client that is installed."""
    found: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder, _server() as url:
        path = Path(folder) / "image.png"
        with path.open("wb") as out:
            block = bytes(range(256)) * 4096  # 1 MB
            for _ in range(megabytes):
                out.write(block)
        for name, (module, setup) in CLIENTS.items():
            if not _importable(module):
                continue
            script = _MEASURE.format(setup=setup)
            peaks = []
            for _ in range(rounds):
                done = subprocess.run(
                    [sys.executable, "-c", script, url + "/v1", str(path)],
                    env=bench_env(),
                    capture_output=True,
                    text=True,
                    check=True,
                )
                peaks.append(int(done.stdout.split()[-1]) / 2**20)
            found[name] = min(peaks)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.upload")
    parser.add_argument("--serve", action="store_true", help="run the sink server")
    parser.add_argument("--megabytes", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.serve:
        _serve()
    else:
        print(measure_upload(args.megabytes, args.rounds))


if __name__ == "__main__":
    main()
