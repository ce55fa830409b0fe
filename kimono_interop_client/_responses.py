"""Reading a 2xx response the way the spec describes it, whatever the endpoint module.

Generic over generated endpoint modules: the endpoint's own ``_parse_response`` finds its 2xx
model; anything it cannot parse, or that is not the documented shape, becomes a
``ResponseValidationError`` carrying the raw body, never a bare KeyError/TypeError.
"""

from __future__ import annotations

import typing
from types import ModuleType
from typing import Any

import attrs
import httpx
import msgspec

from . import _decoding
from ._errors import ResponseValidationError
from ._pagination import RawPage

__all__ = ["parse_success", "raw_page", "unwrap"]


class _LenientClient:
    """Stands in for the generated client when calling ``_parse_response``: an undocumented
    status then returns None instead of raising."""

    raise_on_unexpected_status = False


_LENIENT = _LenientClient()


def _is_unset(value: object) -> bool:
    # Every package generated from custom/ (tests/test_extensibility.py makes another) uses
    # msgspec's sentinel as its Unset.
    return value is msgspec.UNSET


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(model: object) -> frozenset[str]:
    """The attrs field names of a model's class (none for anything else); read once per
    class, since this runs on every response."""
    cls = type(model)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = frozenset(f.name for f in attrs.fields(cls)) if attrs.has(cls) else frozenset()
        _FIELD_NAMES[cls] = names
    return names


def parse_success(endpoint: ModuleType, response: httpx.Response) -> Any:
    """The endpoint's own 2xx model (or int, ...) for a 2xx response; None for no content.

    An empty body is fine for a 204 or an operation that documents none, a bad body for one
    that documents a body; any non-JSON body is a bad body.
    """
    if response.status_code == 204:
        return None
    model = _json_model(endpoint, response.status_code)
    if model is not None:
        parsed = _decoding.decode(model, response.content)
        if parsed is not None:
            return parsed  # built in C; anything it refuses takes the generated path below
    parse = endpoint._parse_response
    try:
        parsed = parse(client=_LENIENT, response=response)
        # A 200 where the spec says 201 (or the reverse) is still the documented body.
        for documented in (200, 201, 202):
            if parsed is not None or documented == response.status_code:
                continue
            alias = httpx.Response(
                documented,
                content=response.content,
                headers=response.headers,
                request=response.request,
            )
            parsed = parse(client=_LENIENT, response=alias)
        if parsed is None and response.content.strip():
            response.json()  # an operation without a documented body still gets JSON or nothing
    except Exception as exc:
        raise ResponseValidationError.for_response(
            response, f"{type(exc).__name__}: {exc}"
        ) from exc
    if not attrs.has(type(parsed)) and (parsed is not None or response.content.strip()):
        _check_plain_type(endpoint, parsed, response)
    return parsed


def _json_model(endpoint: ModuleType, status: int) -> type | None:
    """The model the endpoint documents for this 2xx status (a 200 where the spec says 201,
    or the reverse, is still the documented body, as below)."""
    models: dict[int, type] | None = getattr(endpoint, "_JSON_MODELS", None)
    if not models or not 200 <= status <= 202:
        return None
    return models.get(status) or next(
        (models[code] for code in (200, 201, 202) if code in models), None
    )


_PLAIN_TYPES = (bool, int, float, str, list, dict)


def _check_plain_type(endpoint: ModuleType, parsed: object, response: httpx.Response) -> None:
    """Count operations cast the JSON to int without checking (a "7" or a null would pass);
    check a plain result against the plain types the endpoint's signature declares."""
    declared = endpoint._parse_response.__annotations__.get("return")
    allowed = tuple(t for t in typing.get_args(declared) if t in _PLAIN_TYPES)
    if not allowed:
        return  # the endpoint documents a model, or no body at all
    if isinstance(parsed, allowed) and (bool in allowed or not isinstance(parsed, bool)):
        return
    expected = " or ".join(t.__name__ for t in allowed)
    raise ResponseValidationError.for_response(
        response, f"expected {expected}, got {type(parsed).__name__}"
    )


def unwrap(parsed: Any, response: httpx.Response) -> Any:
    """``data`` of a single-object envelope; anything else (list envelopes too) as parsed."""
    names = _field_names(parsed)
    if "data" not in names or "paging" in names:
        return parsed
    data = parsed.data
    if isinstance(data, list):
        return parsed
    if data is None or _is_unset(data):
        error = getattr(parsed, "error", None)
        detail = "" if error is None or _is_unset(error) else f" (error: {error.to_dict()})"
        raise ResponseValidationError.for_response(response, f"the envelope has no data{detail}")
    return data


def raw_page(parsed: Any, response: httpx.Response) -> RawPage:
    if "data" not in _field_names(parsed):
        raise ResponseValidationError.for_response(response, "not a list envelope")
    data = parsed.data
    if not isinstance(data, list):
        raise ResponseValidationError.for_response(response, "the list envelope has no data list")
    # One check per distinct item type rather than per item: a page holds one model class.
    if not all(attrs.has(kind) for kind in {type(item) for item in data} - {type(None)}):
        raise ResponseValidationError.for_response(response, "the data list holds non-objects")
    paging = getattr(parsed, "paging", None)
    has_paging = paging is not None and not _is_unset(paging)
    marker = getattr(paging, "next_", None) if has_paging else None
    return RawPage(data, has_paging, parsed, response, None if _is_unset(marker) else marker)
