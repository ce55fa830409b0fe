"""Async-first Python SDK for the Kimono Interop API."""

from ._version import __version__

__all__ = ["__version__"]
