"""Async-first Python SDK for the Kimono Interop API.

The public names load on first use (PEP 562), so ``import kimono_interop_client`` stays cheap:
the generated endpoint modules and models are imported only when a client needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp import aiohttp_transport
    from ._auth import ApiKey, BasicCredentials, BearerToken, ClientCredentials
    from ._client import InteropClient, TenantClient
    from ._errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        InternalServerError,
        InvalidInputError,
        KimonoError,
        NotFoundError,
        PaginationError,
        PermissionDeniedError,
        RateLimitError,
        ResponseValidationError,
        UnprocessableEntityError,
    )
    from ._pagination import AsyncPaginator, Page

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKey",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BasicCredentials",
    "BearerToken",
    "ClientClosedError",
    "ClientCredentials",
    "ConflictError",
    "InternalServerError",
    "InteropClient",
    "InvalidInputError",
    "KimonoError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "TenantClient",
    "UnprocessableEntityError",
    "__version__",
    "aiohttp_transport",
]

# Where each public name lives; imported on first access.
_EXPORTS = {
    "InteropClient": "._client",
    "TenantClient": "._client",
    "ApiKey": "._auth",
    "BasicCredentials": "._auth",
    "BearerToken": "._auth",
    "ClientCredentials": "._auth",
    "AsyncPaginator": "._pagination",
    "Page": "._pagination",
    "KimonoError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "APIStatusError": "._errors",
    "BadRequestError": "._errors",
    "AuthenticationError": "._errors",
    "PermissionDeniedError": "._errors",
    "NotFoundError": "._errors",
    "ConflictError": "._errors",
    "UnprocessableEntityError": "._errors",
    "RateLimitError": "._errors",
    "InternalServerError": "._errors",
    "ResponseValidationError": "._errors",
    "PaginationError": "._errors",
    "InvalidInputError": "._errors",
    "ClientClosedError": "._errors",
    # Needs the `aiohttp` extra; importing the name is what imports aiohttp.
    "aiohttp_transport": "._aiohttp",
}


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
