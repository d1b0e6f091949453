"""generator.review.spec_diff: one rule per test, each change checked in both directions."""

from __future__ import annotations

from typing import Any

from review_specs import Spec, changes, edited, findings, ref, things_api

from generator.review.findings import Severity

B, N = "breaking", "non-breaking"


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def operation(spec: Spec) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/things"]["post"]
    return op


def query(name: str, *, required: bool = False, **schema: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "schema": {"type": "string", **schema},
    }


class TestOperations:
    def test_operation_removed(self) -> None:
        """Removing an operation breaks callers; adding it back does not."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["paths"]["/things"].update(get=s["paths"]["/things"]["post"]),
        )
        assert changes(new, old) == {("operation-removed", B)}
        assert changes(old, new) == {("operation-added", N)}

    def test_path_parameter_renamed(self) -> None:
        """The same path with a renamed template parameter is one operation whose argument is renamed."""

        def with_path(name: str) -> Spec:
            spec = things_api()
            op = spec["paths"].pop("/things")["post"]
            op["parameters"] = [
                {
                    "name": name,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ]
            spec["paths"][f"/things/{{{name}}}"] = {"post": op}
            return spec

        old, new = with_path("id"), with_path("thing_id")
        assert changes(old, new) == {("parameter-renamed", B)}
        assert changes(new, old) == {("parameter-renamed", B)}

    def test_operation_id_changed(self) -> None:
        """The method is named from the operationId: a new one renames it either way."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(operationId="makeThing"))
        assert changes(old, new) == {("operation-id-changed", B)}
        assert changes(new, old) == {("operation-id-changed", B)}

    def test_first_tag_changed(self) -> None:
        """The first tag picks the resource: changing it moves the method."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(tags=["Stuff", "Things"]))
        assert changes(old, new) == {("operation-tag-changed", B)}
        assert changes(new, old) == {("operation-tag-changed", B)}

    def test_later_tags_are_documentation(self) -> None:
        """Tags after the first only group documentation."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(tags=["Things", "Extra"]))
        assert changes(old, new) == set() == changes(new, old)
        assert [f.kind for f in findings(old, new)] == ["tags-changed"]

    def test_deprecation(self) -> None:
        """Deprecating an operation, or undoing it, breaks nothing."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(deprecated=True))
        assert changes(old, new) == {("operation-deprecation-added", N)}
        assert changes(new, old) == {("operation-deprecation-removed", N)}


class TestParameters:
    def test_optional_parameter(self) -> None:
        """An optional parameter removed breaks callers passing it; added, it breaks nobody."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(parameters=[query("limit")]))
        assert changes(new, old) == {("parameter-removed", B)}
        assert changes(old, new) == {("parameter-added", N)}

    def test_required_parameter_added(self) -> None:
        """A new required parameter breaks every call; removing it breaks callers passing it."""
        old = things_api()
        new = edited(
            old, lambda s: operation(s).update(parameters=[query("org", required=True)])
        )
        assert changes(old, new) == {("parameter-added-required", B)}
        assert changes(new, old) == {("parameter-removed", B)}

    def test_parameter_became_required(self) -> None:
        """Optional to required breaks calls without it; the reverse breaks nothing."""
        old = edited(
            things_api(), lambda s: operation(s).update(parameters=[query("org")])
        )
        new = edited(old, lambda s: operation(s)["parameters"][0].update(required=True))
        assert changes(old, new) == {("parameter-became-required", B)}
        assert changes(new, old) == {("parameter-became-optional", N)}

    def test_parameter_renamed(self) -> None:
        """A parameter removed while one of the same schema appears is reported as renamed."""
        old = edited(
            things_api(), lambda s: operation(s).update(parameters=[query("limit")])
        )
        new = edited(
            old, lambda s: operation(s)["parameters"][0].update(name="page_size")
        )
        assert changes(old, new) == {("parameter-renamed", B)}
        assert changes(new, old) == {("parameter-renamed", B)}

    def test_serialization_changed(self) -> None:
        """A new style changes what goes on the wire."""
        old = edited(
            things_api(), lambda s: operation(s).update(parameters=[query("ids")])
        )
        new = edited(
            old, lambda s: operation(s)["parameters"][0].update(style="pipeDelimited")
        )
        assert changes(old, new) == {("parameter-serialization-changed", B)}
        assert changes(new, old) == {("parameter-serialization-changed", B)}

    def test_header_names_ignore_case(self) -> None:
        """X-Trace-Id and x-trace-id are the same header."""
        header = {"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}}
        old = edited(things_api(), lambda s: operation(s).update(parameters=[header]))
        new = edited(
            old, lambda s: operation(s)["parameters"][0].update(name="x-trace-id")
        )
        assert changes(old, new) == set() == changes(new, old)

    def test_parameter_constraint(self) -> None:
        """A lower maxLength on a parameter rejects values that used to pass."""
        old = edited(
            things_api(),
            lambda s: operation(s).update(parameters=[query("q", maxLength=100)]),
        )
        new = edited(
            old, lambda s: operation(s)["parameters"][0]["schema"].update(maxLength=50)
        )
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_parameter_deprecated(self) -> None:
        """Deprecating a parameter breaks nothing, nor does undoing it."""
        old = edited(
            things_api(), lambda s: operation(s).update(parameters=[query("q")])
        )
        new = edited(
            old, lambda s: operation(s)["parameters"][0].update(deprecated=True)
        )
        assert changes(old, new) == {("parameter-deprecation-added", N)}
        assert changes(new, old) == {("parameter-deprecation-removed", N)}

    def test_same_change_in_many_operations_is_one_finding(self) -> None:
        """The same header added to two operations is one finding; different ones stay apart."""

        def api(*names: str) -> Spec:
            spec = things_api()
            spec["paths"]["/things"]["get"] = {
                "responses": {"200": {"description": "OK"}}
            }
            for method in ("get", "post"):
                spec["paths"]["/things"][method]["parameters"] = [
                    query(n) for n in names
                ]
            return spec

        old = api("trace", "span")
        found = findings(api(), old)
        assert sorted((f.message, f.operations) for f in found) == [
            ("optional query parameter span added", ("GET /things", "POST /things")),
            ("optional query parameter trace added", ("GET /things", "POST /things")),
        ]
        assert {len(f.also) for f in found} == {1}

        def require(spec: Spec) -> None:
            for method in ("get", "post"):
                for param in spec["paths"]["/things"][method]["parameters"]:
                    param["required"] = True

        # same kind, same before and after, but two parameters: two findings
        messages = sorted(f.message for f in findings(old, edited(old, require)))
        assert messages == [
            "query parameter span is now required",
            "query parameter trace is now required",
        ]

    def test_shared_parameter_reported_once(self) -> None:
        """A parameter defined under components is reported at its definition, with its users."""

        def api(description: str) -> Spec:
            spec = things_api()
            param = {"$ref": "#/components/parameters/Trace"}
            operation(spec)["parameters"] = [param]
            spec["paths"]["/things"]["get"] = {
                "parameters": [param],
                "responses": {"200": {"description": "OK"}},
            }
            spec["components"]["parameters"] = {
                "Trace": {
                    "name": "trace",
                    "in": "header",
                    "description": description,
                    "schema": {"type": "string"},
                }
            }
            return spec

        (found,) = findings(api("old"), api("new"))
        assert (found.kind, found.pointer, found.operations) == (
            "description-changed",
            "/components/parameters/Trace/description",
            ("GET /things", "POST /things"),
        )


class TestRequestBodies:
    def test_body_required(self) -> None:
        """An optional body becoming required breaks calls without one."""
        old = edited(
            things_api(), lambda s: operation(s)["requestBody"].update(required=False)
        )
        new = things_api()
        assert changes(old, new) == {("request-body-became-required", B)}
        assert changes(new, old) == {("request-body-became-optional", N)}

    def test_body_added(self) -> None:
        """A required body where there was none breaks calls; removing the body breaks callers sending it."""
        new = things_api()
        old = edited(new, lambda s: operation(s).pop("requestBody"))
        assert changes(old, new) == {("request-body-added-required", B)}
        assert changes(new, old) == {("request-body-removed", B)}

    def test_content_type(self) -> None:
        """A request content type removed breaks callers using it; added, it breaks nobody."""
        old = things_api()
        new = edited(
            old,
            lambda s: operation(s)["requestBody"]["content"].update(
                {"multipart/form-data": {"schema": ref("NewThing")}}
            ),
        )
        assert changes(new, old) == {("request-content-type-removed", B)}
        assert changes(old, new) == {("request-content-type-added", N)}


class TestRequestSchemas:
    def test_property_removed(self) -> None:
        """A request property removed takes away an argument; added, it is a new option."""
        old = things_api(request=obj(name={"type": "string"}, size={"type": "integer"}))
        new = things_api(request=obj(name={"type": "string"}))
        assert changes(old, new) == {("request-property-removed", B)}
        assert changes(new, old) == {("request-property-added", N)}

    def test_required_property_added(self) -> None:
        """A new required property breaks every call; removing it breaks callers passing it."""
        old = things_api(request=obj(name={"type": "string"}))
        new = things_api(
            request={
                **obj(name={"type": "string"}, size={"type": "integer"}),
                "required": ["size"],
            }
        )
        assert changes(old, new) == {("request-property-added-required", B)}
        assert changes(new, old) == {("request-property-removed", B)}

    def test_property_became_required(self) -> None:
        """Optional to required breaks calls without it; required to optional breaks nothing."""
        old = things_api(request=obj(name={"type": "string"}))
        new = things_api(request={**obj(name={"type": "string"}), "required": ["name"]})
        assert changes(old, new) == {("request-property-became-required", B)}
        assert changes(new, old) == {("request-property-became-optional", N)}

    def test_property_renamed(self) -> None:
        """A property removed while one of the same schema appears is a rename."""
        old = things_api(request=obj(name={"type": "string", "maxLength": 5}))
        new = things_api(request=obj(title={"type": "string", "maxLength": 5}))
        assert changes(old, new) == {("request-property-renamed", B)}
        assert changes(new, old) == {("request-property-renamed", B)}

    def test_type_changed(self) -> None:
        """string to boolean is incompatible both ways."""
        old = things_api(request=obj(name={"type": "string"}))
        new = things_api(request=obj(name={"type": "boolean"}))
        assert changes(old, new) == {("request-type-changed", B)}
        assert changes(new, old) == {("request-type-changed", B)}

    def test_type_widened(self) -> None:
        """integer to number accepts every old value; number to integer does not."""
        old = things_api(request=obj(size={"type": "integer"}))
        new = things_api(request=obj(size={"type": "number"}))
        assert changes(old, new) == {("request-type-widened", N)}
        assert changes(new, old) == {("request-type-narrowed", B)}

    def test_format_changed(self) -> None:
        """A new format changes the values accepted and the generated type."""
        old = things_api(request=obj(at={"type": "string"}))
        new = things_api(request=obj(at={"type": "string", "format": "date-time"}))
        assert changes(old, new) == {("request-format-changed", B)}
        assert changes(new, old) == {("request-format-changed", B)}

    def test_enum_value_removed(self) -> None:
        """A value the client may send is gone; adding one breaks nobody."""
        old = things_api(request=obj(size={"type": "string", "enum": ["s", "m", "l"]}))
        new = things_api(request=obj(size={"type": "string", "enum": ["s", "m"]}))
        assert changes(old, new) == {("request-enum-value-removed", B)}
        assert changes(new, old) == {("request-enum-value-added", N)}

    def test_enum_introduced(self) -> None:
        """Limiting a free string to an enum tightens it; lifting the enum loosens it."""
        old = things_api(request=obj(size={"type": "string"}))
        new = things_api(request=obj(size={"type": "string", "enum": ["s"]}))
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_known_values_beside_a_plain_string(self) -> None:
        """anyOf [string, enum]: the enum lists known values, so changing it limits nothing."""

        def api(values: list[str]) -> Spec:
            model = {"anyOf": [{"type": "string"}, {"type": "string", "enum": values}]}
            return things_api(request=obj(model=model), response=obj(model=model))

        old, new = api(["a"]), api(["a", "b"])
        assert changes(old, new) == {
            ("request-known-value-added", N),
            ("response-known-value-added", N),
        }
        assert changes(new, old) == {
            ("request-known-value-removed", N),
            ("response-known-value-removed", N),
        }

    def test_max_length_lowered(self) -> None:
        """A lower maxLength rejects values that used to pass; a higher one does not."""
        old = things_api(request=obj(name={"type": "string", "maxLength": 100}))
        new = things_api(request=obj(name={"type": "string", "maxLength": 50}))
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_minimum_raised(self) -> None:
        """A higher minimum rejects small values; a lower one does not."""
        old = things_api(request=obj(n={"type": "integer", "minimum": 1}))
        new = things_api(request=obj(n={"type": "integer", "minimum": 5}))
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_exclusive_minimum_flag(self) -> None:
        """OpenAPI 3.0's exclusiveMinimum: true excludes the minimum itself."""
        old = things_api(request=obj(n={"type": "integer", "minimum": 1}))
        new = things_api(
            request=obj(n={"type": "integer", "minimum": 1, "exclusiveMinimum": True})
        )
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_max_items_lowered(self) -> None:
        """Fewer items allowed rejects longer lists."""
        old = things_api(
            request=obj(
                tags={"type": "array", "items": {"type": "string"}, "maxItems": 10}
            )
        )
        new = things_api(
            request=obj(
                tags={"type": "array", "items": {"type": "string"}, "maxItems": 3}
            )
        )
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_pattern_added(self) -> None:
        """A pattern where there was none rejects values; dropping it rejects none."""
        old = things_api(request=obj(code={"type": "string"}))
        new = things_api(request=obj(code={"type": "string", "pattern": "^[A-Z]+$"}))
        assert changes(old, new) == {("request-constraint-tightened", B)}
        assert changes(new, old) == {("request-constraint-loosened", N)}

    def test_pattern_changed(self) -> None:
        """Another pattern may reject old values, in either direction."""
        old = things_api(request=obj(code={"type": "string", "pattern": "^[A-Z]+$"}))
        new = things_api(request=obj(code={"type": "string", "pattern": "^[a-z]+$"}))
        assert changes(old, new) == {("request-pattern-changed", B)}
        assert changes(new, old) == {("request-pattern-changed", B)}

    def test_nullable_removed(self) -> None:
        """null no longer accepted breaks callers sending it."""
        old = things_api(request=obj(name={"type": "string", "nullable": True}))
        new = things_api(request=obj(name={"type": "string"}))
        assert changes(old, new) == {("request-nullable-removed", B)}
        assert changes(new, old) == {("request-nullable-added", N)}

    def test_variant_removed(self) -> None:
        """A oneOf member removed from a request rejects what it described."""
        old = things_api(
            request=obj(value={"oneOf": [{"type": "string"}, {"type": "integer"}]})
        )
        new = things_api(request=obj(value={"oneOf": [{"type": "string"}]}))
        assert changes(old, new) == {("request-variant-removed", B)}
        assert changes(new, old) == {("request-variant-added", N)}

    def test_read_only_property_is_not_sent(self) -> None:
        """A readOnly property is not part of a request, so its removal is only a response change."""
        thing = obj(name={"type": "string"}, id={"type": "string", "readOnly": True})
        old = things_api(request=ref("Thing"), response=thing)
        old["components"]["schemas"]["NewThing"] = ref("Thing")
        operation(old)["requestBody"]["content"]["application/json"]["schema"] = ref(
            "Thing"
        )
        new = edited(
            old, lambda s: s["components"]["schemas"]["Thing"]["properties"].pop("id")
        )
        assert changes(old, new) == {("response-property-removed", B)}


class TestResponseSchemas:
    def test_property_removed(self) -> None:
        """A response property removed breaks readers; added, it breaks nobody."""
        old = things_api(
            response=obj(name={"type": "string"}, size={"type": "integer"})
        )
        new = things_api(response=obj(name={"type": "string"}))
        assert changes(old, new) == {("response-property-removed", B)}
        assert changes(new, old) == {("response-property-added", N)}

    def test_property_renamed(self) -> None:
        """A response property under a new name breaks readers of the old one, either way."""
        old = things_api(response=obj(size={"type": "integer", "minimum": 0}))
        new = things_api(response=obj(count={"type": "integer", "minimum": 0}))
        assert changes(old, new) == {("response-property-renamed", B)}
        assert changes(new, old) == {("response-property-renamed", B)}

    def test_property_became_optional(self) -> None:
        """A response field no longer promised breaks readers; a new promise breaks nobody."""
        old = things_api(
            response={**obj(name={"type": "string"}), "required": ["name"]}
        )
        new = things_api(response=obj(name={"type": "string"}))
        assert changes(old, new) == {("response-property-became-optional", B)}
        assert changes(new, old) == {("response-property-became-required", N)}

    def test_required_property_added(self) -> None:
        """A response gaining a required property breaks nobody."""
        old = things_api(response=obj(name={"type": "string"}))
        new = things_api(
            response={
                **obj(name={"type": "string"}, id={"type": "string"}),
                "required": ["id"],
            }
        )
        assert changes(old, new) == {("response-property-added-required", N)}
        assert changes(new, old) == {("response-property-removed", B)}

    def test_type_changed(self) -> None:
        """A response property of another type breaks readers both ways."""
        old = things_api(response=obj(size={"type": "integer"}))
        new = things_api(response=obj(size={"type": "string"}))
        assert changes(old, new) == {("response-type-changed", B)}
        assert changes(new, old) == {("response-type-changed", B)}

    def test_enum_value_added(self) -> None:
        """A new value in a response fails the generated model's Literal; a value dropped does not."""
        old = things_api(response=obj(status={"type": "string", "enum": ["ok"]}))
        new = things_api(
            response=obj(status={"type": "string", "enum": ["ok", "failed"]})
        )
        assert changes(old, new) == {("response-enum-value-added", B)}
        assert changes(new, old) == {("response-enum-value-removed", N)}

    def test_constraint_loosened(self) -> None:
        """Longer values than the model allows fail validation; shorter limits do not break reading."""
        old = things_api(response=obj(name={"type": "string", "maxLength": 10}))
        new = things_api(response=obj(name={"type": "string", "maxLength": 20}))
        assert changes(old, new) == {("response-constraint-loosened", B)}
        assert changes(new, old) == {("response-constraint-tightened", N)}

    def test_nullable_added(self) -> None:
        """null where the model expects a value breaks reading."""
        old = things_api(response=obj(name={"type": "string"}))
        new = things_api(response=obj(name={"type": "string", "nullable": True}))
        assert changes(old, new) == {("response-nullable-added", B)}
        assert changes(new, old) == {("response-nullable-removed", N)}

    def test_variant_added(self) -> None:
        """A new oneOf member in a response is a shape old clients cannot parse."""
        old = things_api(response=obj(value={"oneOf": [ref("A")]}))
        old["components"]["schemas"]["A"] = obj(a={"type": "string"})
        old["components"]["schemas"]["B"] = obj(b={"type": "string"})
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["properties"]["value"][
                "oneOf"
            ].append(ref("B")),
        )
        assert changes(old, new) == {("response-variant-added", B)}
        assert changes(new, old) == {("response-variant-removed", N)}

    def test_write_only_property_is_not_received(self) -> None:
        """A writeOnly property is not part of a response, so removing it is a request change only."""
        thing = obj(
            name={"type": "string"}, secret={"type": "string", "writeOnly": True}
        )
        old = things_api(request=thing, response=ref("NewThing"))
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["NewThing"]["properties"].pop(
                "secret"
            ),
        )
        assert changes(old, new) == {("request-property-removed", B)}


class TestResponses:
    def test_status_removed(self) -> None:
        """A response status removed breaks clients handling it; added, it breaks nobody."""
        old = things_api()
        new = edited(
            old,
            lambda s: operation(s)["responses"].update(
                {"404": {"description": "gone"}}
            ),
        )
        assert changes(new, old) == {("response-status-removed", B)}
        assert changes(old, new) == {("response-status-added", N)}

    def test_content_type_removed(self) -> None:
        """A response content type removed breaks clients reading it."""
        old = things_api()
        new = edited(
            old,
            lambda s: operation(s)["responses"]["200"]["content"].update(
                {"text/plain": {"schema": {"type": "string"}}}
            ),
        )
        assert changes(new, old) == {("response-content-type-removed", B)}
        assert changes(old, new) == {("response-content-type-added", N)}

    def test_header_removed(self) -> None:
        """A response header removed breaks clients reading it."""
        old = things_api()
        new = edited(
            old,
            lambda s: operation(s)["responses"]["200"].update(
                headers={"X-Rate-Limit": {"schema": {"type": "integer"}}}
            ),
        )
        assert changes(new, old) == {("response-header-removed", B)}
        assert changes(old, new) == {("response-header-added", N)}


class TestSecurity:
    def api(self, *alternatives: dict[str, list[str]]) -> Spec:
        spec = things_api()
        spec["components"]["securitySchemes"] = {
            "ApiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"},
            "Token": {"type": "http", "scheme": "bearer"},
        }
        operation(spec)["security"] = list(alternatives)
        return spec

    def test_requirement_added(self) -> None:
        """Credentials where none were needed break anonymous callers; dropping them relaxes."""
        old, new = self.api(), self.api({"ApiKey": []})
        assert changes(old, new) == {("security-requirement-added", B)}
        assert changes(new, old) == {("security-requirement-relaxed", N)}

    def test_alternative_added(self) -> None:
        """A second way to authenticate breaks nobody; taking one away breaks its users."""
        old, new = self.api({"ApiKey": []}), self.api({"ApiKey": []}, {"Token": []})
        assert changes(old, new) == {("security-requirement-relaxed", N)}
        assert changes(new, old) == {("security-requirement-changed", B)}

    def test_requirement_replaced(self) -> None:
        """Another credential instead of the old one breaks callers both ways."""
        old, new = self.api({"ApiKey": []}), self.api({"Token": []})
        assert changes(old, new) == {("security-requirement-changed", B)}
        assert changes(new, old) == {("security-requirement-changed", B)}

    def test_scheme_changed(self) -> None:
        """A scheme sent under another header name breaks every client."""
        old = self.api({"ApiKey": []})
        new = edited(
            old,
            lambda s: s["components"]["securitySchemes"]["ApiKey"].update(name="x-key"),
        )
        assert changes(old, new) == {("security-scheme-changed", B)}
        assert changes(new, old) == {("security-scheme-changed", B)}

    def test_scheme_removed(self) -> None:
        """A scheme removed takes a constructor argument away; added, it is a new one."""
        old = self.api()
        new = edited(old, lambda s: s["components"]["securitySchemes"].pop("Token"))
        assert changes(old, new) == {("security-scheme-removed", B)}
        assert changes(new, old) == {("security-scheme-added", N)}


class TestServers:
    def test_server_removed(self) -> None:
        """A server removed breaks clients using it; a server added breaks nobody."""
        old = things_api()
        new = edited(
            old, lambda s: s["servers"].append({"url": "https://eu.example.com/v1"})
        )
        assert changes(new, old) == {("server-removed", B)}
        assert changes(old, new) == {("server-added", N)}

    def test_path_servers_grouped(self) -> None:
        """One server dropped from many paths is one finding naming every place."""
        old = things_api()
        servers = [{"url": "https://a.example.com"}, {"url": "https://b.example.com"}]
        old["paths"]["/things"]["servers"] = [dict(s) for s in servers]
        old["paths"]["/other"] = {
            "servers": [dict(s) for s in servers],
            "get": {"responses": {"200": {"description": "OK"}}},
        }
        new = edited(
            old,
            lambda s: [s["paths"][p]["servers"].pop() for p in ("/things", "/other")],
        )
        (found,) = findings(old, new)
        assert (found.kind, found.operations, found.pointer, found.also) == (
            "server-removed",
            ("GET /other", "POST /things"),
            "/paths/~1other/servers/1",
            ("/paths/~1things/servers/1",),
        )


class TestModels:
    def test_model_removed(self) -> None:
        """A schema removed takes a generated model away; added, it is a new model."""
        old = things_api()
        new = edited(
            old,
            lambda s: s["components"]["schemas"].update(
                Extra=obj(x={"type": "string"})
            ),
        )
        assert changes(new, old) == {("model-removed", B)}
        assert changes(old, new) == {("model-added", N)}

    def test_model_renamed(self) -> None:
        """A schema under a new name with the same content is a renamed model."""
        old = edited(
            things_api(),
            lambda s: s["components"]["schemas"].update(
                Extra=obj(x={"type": "string"})
            ),
        )
        new = edited(
            old,
            lambda s: s["components"]["schemas"].update(
                Spare=s["components"]["schemas"].pop("Extra")
            ),
        )
        assert changes(old, new) == {("model-renamed", B)}
        assert changes(new, old) == {("model-renamed", B)}

    def test_unused_schema_takes_the_stricter_reading(self) -> None:
        """A schema no operation uses is judged as both sent and received."""
        old = edited(
            things_api(),
            lambda s: s["components"]["schemas"].update(
                Extra=obj(x={"type": "string"})
            ),
        )
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Extra"]["properties"].update(
                y={"type": "string"}
            ),
        )
        assert changes(old, new) == {("schema-property-added", N)}
        assert changes(new, old) == {("schema-property-removed", B)}


class TestSharing:
    def test_shared_schema_reported_once(self) -> None:
        """A schema used by three operations is one finding listing the three."""
        old = things_api(
            response=obj(name={"type": "string"}, size={"type": "integer"})
        )
        for method in ("get", "put"):
            old["paths"]["/things"][method] = {
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": ref("Thing")}},
                    }
                }
            }
        new = edited(
            old, lambda s: s["components"]["schemas"]["Thing"]["properties"].pop("size")
        )
        (found,) = findings(old, new)
        assert (found.kind, found.pointer, found.operations) == (
            "response-property-removed",
            "/components/schemas/Thing/properties/size",
            ("GET /things", "PUT /things", "POST /things"),
        )

    def test_schema_in_both_directions(self) -> None:
        """A schema both sent and received is judged once per direction."""
        shared = obj(name={"type": "string"})
        old = things_api(request=shared, response=ref("NewThing"))
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["NewThing"].update(required=["name"]),
        )
        assert changes(old, new) == {
            ("request-property-became-required", B),
            ("response-property-became-required", N),
        }

    def test_nested_schemas_attributed(self) -> None:
        """A change two references deep still names the operation that reaches it."""
        old = things_api(response=obj(owner=ref("Owner")))
        old["components"]["schemas"]["Owner"] = obj(address=ref("Address"))
        old["components"]["schemas"]["Address"] = obj(
            city={"type": "string"}, zip={"type": "string"}
        )
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Address"]["properties"].pop("zip"),
        )
        (found,) = findings(old, new)
        assert (found.pointer, found.operations) == (
            "/components/schemas/Address/properties/zip",
            ("POST /things",),
        )

    def test_cycles_terminate(self) -> None:
        """A schema that contains itself is compared once, and its change found."""
        node = obj(
            name={"type": "string"}, children={"type": "array", "items": ref("Thing")}
        )
        old = things_api(response=node)
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["properties"]["name"].update(
                type="integer"
            ),
        )
        (found,) = findings(old, new)
        assert (found.kind, found.pointer) == (
            "response-type-changed",
            "/components/schemas/Thing/properties/name/type",
        )

    def test_reference_replaced(self) -> None:
        """A property pointing at another schema is reported, with the differences between the two."""
        old = things_api(response=obj(owner=ref("Person")))
        old["components"]["schemas"]["Person"] = obj(name={"type": "string"})
        old["components"]["schemas"]["Team"] = obj(
            name={"type": "string"}, size={"type": "integer"}
        )
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["properties"].update(
                owner=ref("Team")
            ),
        )
        assert changes(old, new) == {
            ("response-reference-changed", N),
            ("response-property-added", N),
        }
        assert changes(new, old) == {
            ("response-reference-changed", N),
            ("response-property-removed", B),
        }


class TestDocumentation:
    def test_description_is_documentation(self) -> None:
        """A new description is listed as documentation only."""
        old = things_api()
        new = edited(old, lambda s: operation(s).update(description="Makes a thing."))
        (found,) = findings(old, new)
        assert (found.kind, found.severity) == (
            "description-changed",
            Severity.DOCUMENTATION,
        )

    def test_code_samples_are_documentation(self) -> None:
        """x-code-samples changes are documentation only."""
        old = edited(
            things_api(),
            lambda s: operation(s).update(
                {"x-code-samples": [{"lang": "sh", "source": "curl a"}]}
            ),
        )
        new = edited(
            old, lambda s: operation(s)["x-code-samples"][0].update(source="curl b")
        )
        (found,) = findings(old, new)
        assert (found.kind, found.severity) == (
            "x-code-samples-changed",
            Severity.DOCUMENTATION,
        )

    def test_reflowed_text_is_no_change(self) -> None:
        """Only white space differs: YAML folding is not a change."""
        old = edited(
            things_api(), lambda s: operation(s).update(description="Makes a\nthing.")
        )
        new = edited(old, lambda s: operation(s).update(description="Makes a thing.  "))
        assert findings(old, new) == ()

    def test_unknown_keyword_is_not_silent(self) -> None:
        """A keyword no rule knows is reported, as breaking, for a person to judge."""
        old = things_api(
            response={
                **obj(kind={"type": "string"}),
                "discriminator": {"propertyName": "kind"},
            }
        )
        new = edited(
            old,
            lambda s: s["components"]["schemas"]["Thing"]["discriminator"].update(
                propertyName="type"
            ),
        )
        assert changes(old, new) == {("response-unclassified", B)}
