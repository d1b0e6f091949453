"""generator.method_names: readable names for operations without operationId."""

from __future__ import annotations

from generator.method_names import derive_method_names


class TestDerive:
    def test_crud_verbs(self) -> None:
        """The collection and item paths of a resource get list/create/retrieve/update/delete."""
        ops = [
            ("GET", "/configs"),
            ("POST", "/configs"),
            ("GET", "/configs/{slug}"),
            ("PUT", "/configs/{slug}"),
            ("DELETE", "/configs/{slug}"),
        ]
        assert derive_method_names(["configs"], ops) == [
            "list",
            "create",
            "retrieve",
            "update",
            "delete",
        ]

    def test_actions_and_sub_paths(self) -> None:
        """A trailing action or sub-path names the method."""
        ops = [
            ("POST", "/logs/exports/{id}/cancel"),
            ("GET", "/logs/exports/{id}/download"),
        ]
        assert derive_method_names(["logs", "export"], ops) == ["cancel", "download"]

    def test_collisions_use_the_whole_path(self) -> None:
        """Two paths that would share a name spell out their full paths instead."""
        ops = [("GET", "/admin/workspaces"), ("GET", "/scim/workspaces")]
        assert derive_method_names(["workspaces"], ops) == [
            "list_admin_workspaces",
            "list_scim_workspaces",
        ]

    def test_parameter_after_words(self) -> None:
        """An item under a sub-path: verb and words."""
        assert derive_method_names(
            ["analytics", "groups"], [("GET", "/analytics/groups/metadata/{key}")]
        ) == ["retrieve_metadata"]
