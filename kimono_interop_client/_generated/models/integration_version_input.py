# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from operator import itemgetter
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..models.release_state import ReleaseState
from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="IntegrationVersionInput")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "version",
    "title",
    "release_state",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class IntegrationVersionInput:
    """The fields of an Integration Version that a client sends.

    Attributes:
        version (str | Unset):
        title (str | Unset):
        release_state (ReleaseState | Unset):
    """

    version: str | Unset = UNSET
    title: str | Unset = UNSET
    release_state: ReleaseState | Unset = UNSET
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "version": "version",
        "title": "title",
        "release_state": "release_state",
    }

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        title = self.title

        release_state: str | Unset = UNSET
        if not isinstance(self.release_state, Unset):
            release_state = self.release_state.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if title is not UNSET:
            field_dict["title"] = title
        if release_state is not UNSET:
            field_dict["release_state"] = release_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 3
        if exact:
            try:
                version_, title_, release_state_ = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            version_ = get("version", UNSET)
            title_ = get("title", UNSET)
            release_state_ = get("release_state", UNSET)
        instance.version = version_
        instance.title = title_
        instance.release_state = (
            UNSET
            if release_state_ is UNSET
            else ReleaseState.from_value(release_state_)
        )
        return instance
