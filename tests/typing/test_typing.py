"""The README's typing claims hold: mypy --strict accepts readme_usage.py, whose
``assert_type`` lines state them, and rejects a claim that is false."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USAGE = Path(__file__).with_name("readme_usage.py")


def mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            *map(str, paths),
        ],
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_readme_usage_type_checks() -> None:
    """Every assert_type in readme_usage.py holds under mypy --strict."""
    result = mypy(USAGE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_false_claim_fails(tmp_path: Path) -> None:
    """The check can fail: a stream asserted where the plain response comes back."""
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(
        "from typing import assert_type\n"
        "from portkey_client import PortkeyClient\n"
        "from portkey_client._streaming import Stream\n"
        "from portkey_client.models import (\n"
        "    ChatCompletionRequestUserMessage,\n"
        "    CreateChatCompletionStreamResponse,\n"
        ")\n\n\n"
        "def use(client: PortkeyClient) -> None:\n"
        "    whole = client.chat.completions.create(\n"
        '        model="m", messages=[ChatCompletionRequestUserMessage(role="user", content="x")]\n'
        "    )\n"
        "    assert_type(whole, Stream[CreateChatCompletionStreamResponse])\n"
    )
    result = mypy(wrong)
    assert result.returncode == 1
    assert "assert-type" in result.stdout
