"""Response kinds (binary, text, empty, JSON) and operations with several content types."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer

PDF = b"%PDF-1.7\n" + bytes(range(256))


@pytest.fixture(scope="module")
def responses(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("responses", tmp_path_factory.mktemp("responses"))


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("content_types", tmp_path_factory.mktemp("content_types"))


@pytest.fixture
def files(responses: Package, server: RecordingServer) -> Iterator[Any]:
    with responses.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.files


@pytest.fixture
def chat(media: Package, server: RecordingServer) -> Iterator[Any]:
    with media.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.media


class TestResponseKinds:
    def test_binary_response_is_bytes_and_asks_for_its_type(
        self, files: Any, server: RecordingServer
    ) -> None:
        """application/pdf comes back as the exact bytes; Accept names that type."""
        server.answers.append(Answer(200, PDF, {"Content-Type": "application/pdf"}))
        assert files.download_report() == PDF
        assert server.requests[0].headers["accept"] == "application/pdf"

    def test_text_response_is_str(self, files: Any, server: RecordingServer) -> None:
        """text/plain comes back decoded as str."""
        server.answers.append(
            Answer(
                200, "zwölf\n".encode(), {"Content-Type": "text/plain; charset=utf-8"}
            )
        )
        assert files.read_note() == "zwölf\n"
        assert server.requests[0].headers["accept"] == "text/plain"

    def test_no_content_is_none(self, files: Any, server: RecordingServer) -> None:
        """A 204 without a body returns None."""
        server.answers.append(Answer(204, b""))
        assert files.delete_thing() is None

    def test_201_json_is_the_model_and_4xx_raises(
        self, files: Any, server: RecordingServer, responses: Package
    ) -> None:
        """The 2xx schema is the return type; a 4XX answer raises with its parsed body."""
        errors = responses.module()
        server.answers.append(Answer(201, {"id": "t1"}))
        server.answers.append(Answer(409, {"error": "exists"}))
        created = files.create_thing()
        assert type(created).__name__ == "CreateThingResponse"
        assert created.id == "t1"
        with pytest.raises(errors.APIStatusError) as caught:
            files.create_thing()
        assert (caught.value.status_code, caught.value.body) == (
            409,
            {"error": "exists"},
        )

    def test_raw_response_keeps_the_bytes(
        self, files: Any, server: RecordingServer
    ) -> None:
        """with_raw_response gives status, headers and content, parse() the value."""
        server.answers.append(Answer(200, PDF, {"Content-Type": "application/pdf"}))
        raw = files.with_raw_response.download_report()
        assert (raw.status_code, raw.headers["content-type"]) == (
            200,
            "application/pdf",
        )
        assert raw.content == PDF and raw.parse() == PDF


class TestSeveralContentTypes:
    def test_first_request_type_is_sent_and_json_answer_preferred(
        self, chat: Any, server: RecordingServer, media: Package
    ) -> None:
        """With JSON and form bodies declared, the first (JSON) is sent; of CSV and JSON
        answers the JSON one is asked for and parsed."""
        server.answers.append(Answer(200, {"rows": 2}))
        result = chat.convert(text="a\nb")
        request = server.requests[0]
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.body) == {"text": "a\nb"}
        assert request.headers["accept"] == "application/json"
        assert isinstance(result, media.module("models").Result)

    def test_second_request_type_can_be_chosen(
        self, chat: Any, server: RecordingServer
    ) -> None:
        """A call can send the form-encoded variant the operation also declares."""
        server.answers.append(Answer(200, {"rows": 1}))
        chat.convert(text="a", content_type="application/x-www-form-urlencoded")
        assert server.requests[0].body == b"text=a"

    def test_event_stream_yields_typed_chunks(
        self, chat: Any, server: RecordingServer, media: Package
    ) -> None:
        """stream=True asks for text/event-stream and yields one Chunk per event."""
        events = b'data: {"delta": "Hel"}\n\ndata: {"delta": "lo"}\n\ndata: [DONE]\n\n'
        server.answers.append(
            Answer(200, events, {"Content-Type": "text/event-stream"})
        )
        chunks = list(chat.chat(prompt="hi", stream=True))
        chunk = media.module("models").Chunk
        assert [c.delta for c in chunks] == ["Hel", "lo"]
        assert all(isinstance(c, chunk) for c in chunks)
        assert server.requests[0].headers["accept"] == "text/event-stream"

    def test_without_stream_the_json_answer_is_parsed(
        self, chat: Any, server: RecordingServer, media: Package
    ) -> None:
        """The same operation without stream returns the JSON Chunk."""
        server.answers.append(Answer(200, {"delta": "Hello"}))
        result = chat.chat(prompt="hi")
        assert isinstance(result, media.module("models").Chunk)
        assert result.delta == "Hello"
