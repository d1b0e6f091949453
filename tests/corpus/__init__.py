"""Public OpenAPI specs the generator must handle, and the checks each one goes through."""
