"""Schema types that must not be changed on the way: narrowed scalars, nullable
references, unknown formats, constrained map keys and redefined fields."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest
from fixture_packages import Package, build_package
from recording_server import Answer, RecordingServer

JOB = {"id": "j1", "level": 1, "started": 1.5}


@pytest.fixture(scope="module")
def types(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("types", tmp_path_factory.mktemp("types"))


@pytest.fixture(scope="module")
def types31(tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package("types31", tmp_path_factory.mktemp("types31"))


@pytest.fixture
def jobs(types: Package, server: RecordingServer) -> Iterator[Any]:
    with types.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.jobs


@pytest.fixture
def labels(types31: Package, server: RecordingServer) -> Iterator[Any]:
    with types31.module().FixtureClient(base_url=server.url, max_retries=0) as c:
        yield c.labels


class TestNarrowedScalars:
    def test_integer_and_string_narrowed_by_allof_are_their_values(
        self, jobs: Any, server: RecordingServer, types: Package
    ) -> None:
        """level is `enum [1, 5]` and a Level (1, 2, 3): only 1; color is red."""
        server.answers.append(Answer(200, {**JOB, "color": "red"}))
        job = jobs.create_job(level=1, color="red")
        assert json.loads(server.requests[0].body) == {"level": 1, "color": "red"}
        assert (job.level, job.color) == (1, "red")
        models = types.module("models")
        for wrong in ({"level": 2}, {"level": 5}, {"color": "orange"}):
            with pytest.raises(pydantic.ValidationError):
                models.Job.model_validate({**JOB, **wrong})

    def test_narrowed_scalar_as_a_query_parameter(
        self, jobs: Any, server: RecordingServer
    ) -> None:
        server.answers.append(Answer(200, JOB))
        jobs.get_job(id="j1", level=1)
        assert server.requests[0].path == "/jobs/j1?level=1"


class TestModelImports:
    def test_every_resource_imports(self, types: Package) -> None:
        """Every name a resource imports from models exists (no ImportError on first use)."""
        types.module("resources.jobs")

    def test_nullable_reference_by_allof_may_be_null(
        self, jobs: Any, server: RecordingServer, types: Package
    ) -> None:
        """`allOf: [{$ref: Owner}, {nullable: true}]`: an Owner, or null."""
        server.answers.extend([Answer(200, {"name": "Ann"}), Answer(200, None)])
        owner = jobs.get_job_owner(id="j1")
        assert isinstance(owner, types.module("models").Owner)
        assert owner.name == "Ann"
        assert jobs.get_job_owner(id="j1") is None

    def test_nullable_reference_as_a_field(self, types: Package) -> None:
        job = types.module("models").Job.model_validate({**JOB, "owner": None})
        assert job.owner is None

    def test_anyof_of_required_names_is_one_model(
        self, jobs: Any, server: RecordingServer, types: Package
    ) -> None:
        """JobPatch's anyOf members only say which properties must be there:
        it is one class with both fields, taken as keyword arguments."""
        models = types.module("models")
        server.answers.append(Answer(200, JOB))
        jobs.patch_job(id="j1", started=2.5)
        assert json.loads(server.requests[0].body) == {"started": 2.5}
        assert set(models.JobPatch.model_fields) == {"name", "started"}

    def test_allof_of_one_union_and_of_annotations(
        self, jobs: Any, server: RecordingServer, types: Package
    ) -> None:
        """agent is `allOf: [{$ref: Agent}, {description}]` with Agent an
        Owner or a string; extra's values are `allOf: [{}, {description}]`."""
        owner = types.module("models").Owner(name="Ann")
        server.answers.extend([Answer(200, JOB), Answer(200, JOB)])
        jobs.create_job(level=1, agent=owner, extra={"a": [1]})
        jobs.create_job(level=1, agent="bot")
        bodies = [json.loads(r.body) for r in server.requests]
        assert bodies[0] == {"level": 1, "agent": {"name": "Ann"}, "extra": {"a": [1]}}
        assert bodies[1] == {"level": 1, "agent": "bot"}


class TestUnknownFormats:
    def test_number_with_an_unknown_format_is_a_float(
        self, jobs: Any, server: RecordingServer, types: Package
    ) -> None:
        """`type: number, format: unixtime` takes 1.5 in arguments and answers."""
        server.answers.extend([Answer(200, JOB), Answer(200, JOB)])
        job = jobs.create_job(level=1, started=1.5)
        assert json.loads(server.requests[0].body)["started"] == 1.5
        assert job.started == 1.5
        jobs.get_job(id="j1", since=1.5, page=3)
        assert server.requests[1].path == "/jobs/j1?since=1.5&page=3"

    def test_string_with_an_unknown_format_is_a_string(self, types: Package) -> None:
        job = types.module("models").Job.model_validate({**JOB, "name": "a-slug"})
        assert job.name == "a-slug"

    def test_integer_with_an_unknown_format_stays_an_integer(
        self, types: Package
    ) -> None:
        models = types.module("models")
        assert models.Job.model_validate({**JOB, "pages": 4}).pages == 4
        with pytest.raises(pydantic.ValidationError):
            models.Job.model_validate({**JOB, "pages": 4.5})

    def test_three_one_type_list_with_an_unknown_format(
        self, labels: Any, server: RecordingServer
    ) -> None:
        """`type: [number, "null"], format: unixtime` is a float or None."""
        server.answers.append(Answer(200, {"labels": {"ab": "x"}, "at": 1.5}))
        result = labels.put_labels(labels={"ab": "x"}, at=None)
        assert result.at == 1.5
        assert json.loads(server.requests[0].body) == {
            "labels": {"ab": "x"},
            "at": None,
        }


class TestMapKeysAndRedefinedFields:
    def test_property_names_still_check_the_keys(
        self, labels: Any, server: RecordingServer, types31: Package
    ) -> None:
        models = types31.module("models")
        server.answers.append(Answer(200, {"labels": {"ab": "x"}, "tags": {"cd": 1}}))
        result = labels.put_labels(labels={"ab": "x"}, tags={"cd": 1})
        assert result.labels == {"ab": "x"} and result.tags == {"cd": 1}
        for wrong in ({"labels": {"AB": "x"}}, {"labels": {"abcdefghi": "x"}}):
            with pytest.raises(pydantic.ValidationError):
                models.LabelSet.model_validate(wrong)
        with pytest.raises(pydantic.ValidationError):
            models.LabelSet.model_validate({"labels": {}, "tags": {"c": 1}})

    def test_child_redefining_a_field_has_the_child_type(
        self, jobs: Any, server: RecordingServer
    ) -> None:
        """Circle's size is a number where Shape's is a string."""
        server.answers.append(Answer(200, {"kind": "circle", "size": 2.5, "radius": 1}))
        circle = jobs.get_shape()
        assert (circle.kind, circle.size, circle.radius) == ("circle", 2.5, 1)


@pytest.mark.parametrize("name", ["types", "types31"])
def test_generated_packages_pass_mypy_strict(
    name: str, types: Package, types31: Package
) -> None:
    package = {"types": types, "types31": types31}[name]
    result = package.mypy_strict()
    assert result.returncode == 0, result.stdout + result.stderr
