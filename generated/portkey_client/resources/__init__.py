# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""One module per resource; the client imports each on first use."""
