"""The runtime's checks on what may travel in a path segment and a header, case by case."""

from __future__ import annotations

import httpx
import pytest
from portkey_client import InvalidArgumentError
from portkey_client._encoding import (
    Param,
    check_header_text,
    header_value,
    path_segment,
)
from portkey_client._retries import retry_delay

USER = Param("userId", "path", "simple", False, "user_id")


class TestPathSegment:
    @pytest.mark.parametrize(
        "value",
        ["", ".", "..", " .. ", "%2e", "%2E%2E", ".%2e", "%25252e%25252e", None],
    )
    def test_refused(self, value: object) -> None:
        with pytest.raises(InvalidArgumentError, match=r"^user_id must not be"):
            path_segment(USER, value)

    @pytest.mark.parametrize(
        ("value", "sent"),
        [
            ("...", "..."),
            ("a/..", "a%2F.."),
            ("%2e%2e%2f", "%252e%252e%252f"),
            (0, "0"),
        ],
    )
    def test_sent_as_one_encoded_segment(self, value: object, sent: str) -> None:
        assert path_segment(USER, value) == sent


class TestHeaderText:
    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            ("a\nb", "a line break at position 1"),
            ("\x00", "a control character at position 0"),
            ("\x7f", "a control character at position 0"),
            ("é", "a non-ASCII character at position 0"),
        ],
    )
    def test_names_the_problem_not_the_value(self, text: str, problem: str) -> None:
        with pytest.raises(InvalidArgumentError) as caught:
            check_header_text("token", "secret" + text)
        message = str(caught.value)
        assert message.startswith("token cannot be sent in an HTTP header")
        assert "secret" not in message
        assert problem.split(" at ")[0] in message

    def test_tab_and_visible_ascii_pass(self) -> None:
        text = "\t" + "".join(chr(c) for c in range(0x20, 0x7F))
        assert check_header_text("x", text) == text

    def test_a_semicolon_would_end_a_cookie(self) -> None:
        cookie = Param("session", "cookie")
        with pytest.raises(InvalidArgumentError, match="end the cookie"):
            header_value(cookie, "a; admin=1")
        assert header_value(cookie, ["a", "b"]) == "a,b"

    def test_json_is_ascii_escaped(self) -> None:
        meta = Param("x-meta", "header", arg="x_meta")
        assert header_value(meta, {"user": "José"}) == '{"user":"Jos\\u00e9"}'


class TestRetryAfter:
    def test_beyond_the_cap_is_none(self) -> None:
        response = httpx.Response(429, headers={"Retry-After": "61"})
        assert retry_delay(0, response) is None

    def test_within_the_cap_is_obeyed(self) -> None:
        response = httpx.Response(429, headers={"retry-after-ms": "1500"})
        assert retry_delay(0, response) == 1.5
