# Generated from spec/openapi.yaml by the client generator. Do not edit.
"""The version of the API this package was generated for."""

__version__ = "2.0.0"
