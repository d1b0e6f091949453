"""The real Portkey gateway from npm, installed on demand and run on 127.0.0.1.

``package.json`` pins ``@portkey-ai/gateway`` and ``package-lock.json`` pins
everything under it. A problem with the environment (no npm, a failed install,
a busy port) raises ``GatewayError``: the tests that need the gateway then
error, they are never skipped.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK_SHIM = Path(__file__).with_name("loopback.cjs")
# Written after a successful `npm ci`: the hash of the manifests it installed.
STAMP = Path("node_modules") / ".e2e-installed"
INSTALL_TIMEOUT = 600.0
START_TIMEOUT = 30.0
# Proxies would send the gateway's calls to 127.0.0.1 somewhere else.
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


class GatewayError(RuntimeError):
    """The gateway cannot be installed or started on this machine."""


def _manifest_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for name in ("package.json", "package-lock.json"):
        digest.update((root / name).read_bytes())
    return digest.hexdigest()


def _gateway_script(root: Path) -> Path:
    return root / "node_modules" / ".bin" / "gateway"


def install(root: Path = ROOT, *, search_path: str | None = None) -> None:
    """Run ``npm ci`` unless ``node_modules`` holds exactly what the lock file pins.

    ``search_path`` replaces ``$PATH`` when looking for npm.
    """
    wanted = _manifest_hash(root)
    stamp = root / STAMP
    if (
        _gateway_script(root).exists()
        and stamp.exists()
        and stamp.read_text() == wanted
    ):
        return
    npm = shutil.which("npm", path=search_path)
    if npm is None:
        raise GatewayError(
            "npm is not on PATH: the end-to-end tests run the Portkey gateway "
            "from npm; install Node.js 20 or later (with npm)"
        )
    # --ignore-scripts: the gateway's postinstall (patch-package) serves its own
    # development; the published build runs as it is.
    command = [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"]
    try:
        done = subprocess.run(
            command,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise GatewayError(
            f"`npm ci` took longer than {INSTALL_TIMEOUT:.0f} s"
        ) from exc
    if done.returncode != 0:
        raise GatewayError(
            f"`npm ci` failed with exit code {done.returncode}:\n"
            f"{(done.stdout + done.stderr)[-3000:]}"
        )
    if not _gateway_script(root).exists():
        raise GatewayError(f"`npm ci` did not install {_gateway_script(root)}")
    stamp.write_text(wanted)


def free_port() -> int:
    """A port nothing listens on at the moment, on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Gateway:
    """``with Gateway(log_path) as gateway``: ``gateway.url`` serves until the block ends."""

    def __init__(
        self, log_path: Path, *, port: int | None = None, root: Path = ROOT
    ) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._root = root
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise GatewayError("node is not on PATH: install Node.js 20 or later")
        script = _gateway_script(self._root)
        if not script.exists():
            raise GatewayError(f"{script} is missing: run install() first")
        environment = {
            name: value
            for name, value in os.environ.items()
            if name.upper() not in PROXY_VARIABLES
        }
        command = [
            node,
            "--require",
            str(LOOPBACK_SHIM),
            str(script),
            f"--port={self.port}",
            "--headless",
        ]
        with open(self.log_path, "wb") as log:
            self._process = subprocess.Popen(
                command,
                cwd=self._root,
                env=environment,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, stopped as one
            )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self) -> None:
        assert self._process is not None
        marker = f"listening on 127.0.0.1:{self.port}"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            code = self._process.poll()
            if code is not None:
                raise self._start_failure(code)
            if marker in self.log() and self._answers():
                return
            time.sleep(0.05)
        raise GatewayError(
            f"the gateway did not answer on {self.url} within {START_TIMEOUT:.0f} s; "
            f"its output:\n{self.log()[-3000:]}"
        )

    def _answers(self) -> bool:
        try:
            return httpx.get(self.url, timeout=1.0, trust_env=False).status_code == 200
        except httpx.TransportError:
            return False

    def _start_failure(self, code: int) -> GatewayError:
        output = self.log()
        if "EADDRINUSE" in output:
            return GatewayError(
                f"port {self.port} on 127.0.0.1 is already in use: the gateway "
                "could not listen there"
            )
        return GatewayError(
            f"the gateway exited with code {code} while starting; its output:\n"
            f"{output[-3000:]}"
        )

    def log(self) -> str:
        """What the gateway printed so far (escape sequences removed)."""
        text = self.log_path.read_text("utf-8", errors="replace")
        return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)

    def stop(self) -> None:
        """Stop the gateway's whole process group, politely first."""
        process, self._process = self._process, None
        if process is None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(timeout=5)
                break
            except subprocess.TimeoutExpired:
                continue

    def __enter__(self) -> Gateway:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
