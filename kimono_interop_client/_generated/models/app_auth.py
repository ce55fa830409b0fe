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
from attrs import field as _attrs_field

from ..models.app_auth_scheme import AppAuthScheme
from ..types import (
    UNSET,
    Unset,
    redact_secret_keys,
)

T = TypeVar("T", bound="AppAuth")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "scheme",
    "token",
    "refresh_token",
    "client_id",
    "client_secret",
    "username",
    "password",
    "api_key",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class AppAuth:
    """The credentials a tenant's application uses (scheme `oauth2`, `basic` or `api_key`). Every field but `scheme` is a
    secret.

        Attributes:
            scheme (AppAuthScheme | Unset):
            token (str | Unset):
            refresh_token (str | Unset):
            client_id (str | Unset):
            client_secret (str | Unset):
            username (str | Unset):
            password (str | Unset):
            api_key (str | Unset):
    """

    scheme: AppAuthScheme | Unset = UNSET
    token: str | Unset = _attrs_field(default=UNSET, repr=False)
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=False)
    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    api_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "scheme": "scheme",
        "token": "token",
        "refresh_token": "refresh_token",
        "client_id": "client_id",
        "client_secret": "client_secret",
        "username": "username",
        "password": "password",
        "api_key": "api_key",
    }

    def to_dict(self) -> dict[str, Any]:
        scheme: str | Unset = UNSET
        if not isinstance(self.scheme, Unset):
            scheme = self.scheme.value

        token = self.token

        refresh_token = self.refresh_token

        client_id = self.client_id

        client_secret = self.client_secret

        username = self.username

        password = self.password

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheme is not UNSET:
            field_dict["scheme"] = scheme
        if token is not UNSET:
            field_dict["token"] = token
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 8
        if exact:
            try:
                (
                    scheme_,
                    token_,
                    refresh_token_,
                    client_id_,
                    client_secret_,
                    username_,
                    password_,
                    api_key_,
                ) = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            scheme_ = get("scheme", UNSET)
            token_ = get("token", UNSET)
            refresh_token_ = get("refresh_token", UNSET)
            client_id_ = get("client_id", UNSET)
            client_secret_ = get("client_secret", UNSET)
            username_ = get("username", UNSET)
            password_ = get("password", UNSET)
            api_key_ = get("api_key", UNSET)
        instance.scheme = (
            UNSET if scheme_ is UNSET else AppAuthScheme.from_value(scheme_)
        )
        instance.token = token_
        instance.refresh_token = refresh_token_
        instance.client_id = client_id_
        instance.client_secret = client_secret_
        instance.username = username_
        instance.password = password_
        instance.api_key = api_key_
        if exact:
            instance.additional_properties = {}
        else:
            instance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _FIELD_KEY_SET
            }
        return instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
