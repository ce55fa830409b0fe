# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.release_state import ReleaseState
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationVersionInput")


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
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        title = d.pop("title", UNSET)

        _release_state = d.pop("release_state", UNSET)
        release_state: ReleaseState | Unset
        if isinstance(_release_state, Unset):
            release_state = UNSET
        else:
            release_state = ReleaseState(_release_state)

        integration_version_input = cls(
            version=version,
            title=title,
            release_state=release_state,
        )

        return integration_version_input
