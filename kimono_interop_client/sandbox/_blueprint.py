"""Integration Blueprints: well-formed XML, read safely.

defusedxml is not a dependency, so the safety is explicit: a first pass with expat rejects
any DOCTYPE or ENTITY declaration (no billion laughs, no external entities — CPython's
ElementTree would not fetch external entities anyway), then ElementTree reads the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn
from xml.etree import ElementTree
from xml.parsers import expat

from ._errors import ApiError

MAX_BLUEPRINT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Blueprint:
    id: str | None
    version: str | None
    title: str | None
    xml: str


class _Forbidden(Exception):
    pass


def _forbid(*_: object) -> NoReturn:
    raise _Forbidden


def parse_blueprint(raw: bytes) -> Blueprint:
    if not raw.strip():
        raise ApiError(400, "The blueprint is empty", details="body")
    if len(raw) > MAX_BLUEPRINT_BYTES:
        raise ApiError(400, "The blueprint is too large", details="body")
    guard = expat.ParserCreate()
    guard.StartDoctypeDeclHandler = _forbid
    guard.EntityDeclHandler = _forbid
    try:
        guard.Parse(raw, True)
        root = ElementTree.fromstring(raw)  # noqa: S314 -- DTDs were rejected just above
    except _Forbidden:
        raise ApiError(
            400, "DOCTYPE and ENTITY declarations are not allowed in blueprints", details="body"
        ) from None
    except (expat.ExpatError, ElementTree.ParseError) as error:
        raise ApiError(
            400, f"The blueprint is not well-formed XML: {error}", details="body"
        ) from None
    if root.tag != "Blueprint":
        raise ApiError(
            400, f"The root element must be <Blueprint>, not <{root.tag}>", details="body"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = ElementTree.tostring(root, encoding="unicode")
    return Blueprint(root.get("Id"), root.get("Version"), root.findtext("Title"), text)
