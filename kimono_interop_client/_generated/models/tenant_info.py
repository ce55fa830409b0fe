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
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    parse_uuid,
    redact_secret_keys,
)

T = TypeVar("T", bound="TenantInfo")


# The keys from_dict reads into fields (any other key goes to additional_properties).
_FIELD_KEYS = (
    "id",
    "name",
    "actor_id",
    "account",
    "cloud",
    "integration",
    "auth",
    "app_auth",
    "lti_developer_id",
)
_FIELD_KEY_SET = frozenset(_FIELD_KEYS)
_read_fields = itemgetter(*_FIELD_KEYS)


@_attrs_define
class TenantInfo:
    """A licensed and authorized tenant of an Integration, with its actor credentials.

    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        actor_id (UUID | Unset):
        account (AccountRef | None | Unset):
        cloud (CloudRef | None | Unset):
        integration (IntegrationRef | None | Unset):
        auth (ActorAuth | Unset): An actor's credentials. `client_secret` is a secret.
        app_auth (AppAuth | Unset): The credentials a tenant's application uses (scheme `oauth2`, `basic` or `api_key`).
            Every field but `scheme` is a secret.
        lti_developer_id (str | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    actor_id: UUID | Unset = UNSET
    account: AccountRef | None | Unset = UNSET
    cloud: CloudRef | None | Unset = UNSET
    integration: IntegrationRef | None | Unset = UNSET
    auth: ActorAuth | Unset = UNSET
    app_auth: AppAuth | Unset = UNSET
    lti_developer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=redact_secret_keys
    )
    # Each field's JSON key by attribute name (the generator renames `type` to `type_`): what
    # the layer's decoder (kimono_interop_client/_decoding.py) needs to read the same keys.
    _JSON_KEYS: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "actor_id": "actor_id",
        "account": "account",
        "cloud": "cloud",
        "integration": "integration",
        "auth": "auth",
        "app_auth": "app_auth",
        "lti_developer_id": "lti_developer_id",
    }

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        actor_id: str | Unset = UNSET
        if not isinstance(self.actor_id, Unset):
            actor_id = str(self.actor_id)

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, AccountRef):
            account = self.account.to_dict()
        else:
            account = self.account

        cloud: dict[str, Any] | None | Unset
        if isinstance(self.cloud, Unset):
            cloud = UNSET
        elif isinstance(self.cloud, CloudRef):
            cloud = self.cloud.to_dict()
        else:
            cloud = self.cloud

        integration: dict[str, Any] | None | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        elif isinstance(self.integration, IntegrationRef):
            integration = self.integration.to_dict()
        else:
            integration = self.integration

        auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth, Unset):
            auth = self.auth.to_dict()

        app_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_auth, Unset):
            app_auth = self.app_auth.to_dict()

        lti_developer_id = self.lti_developer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if account is not UNSET:
            field_dict["account"] = account
        if cloud is not UNSET:
            field_dict["cloud"] = cloud
        if integration is not UNSET:
            field_dict["integration"] = integration
        if auth is not UNSET:
            field_dict["auth"] = auth
        if app_auth is not UNSET:
            field_dict["app_auth"] = app_auth
        if lti_developer_id is not UNSET:
            field_dict["lti_developer_id"] = lti_developer_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        instance = object.__new__(cls)
        exact = len(src_dict) == 9
        if exact:
            try:
                (
                    id_,
                    name_,
                    actor_id_,
                    account_,
                    cloud_,
                    integration_,
                    auth_,
                    app_auth_,
                    lti_developer_id_,
                ) = _read_fields(src_dict)
            except KeyError:  # as many keys, but not the same ones
                exact = False
        if not exact:  # some field absent (UNSET) or some key unknown
            get = src_dict.get
            id_ = get("id", UNSET)
            name_ = get("name", UNSET)
            actor_id_ = get("actor_id", UNSET)
            account_ = get("account", UNSET)
            cloud_ = get("cloud", UNSET)
            integration_ = get("integration", UNSET)
            auth_ = get("auth", UNSET)
            app_auth_ = get("app_auth", UNSET)
            lti_developer_id_ = get("lti_developer_id", UNSET)
        instance.id = UNSET if id_ is UNSET else parse_uuid(id_)
        instance.name = name_
        instance.actor_id = UNSET if actor_id_ is UNSET else parse_uuid(actor_id_)
        instance.account = (
            UNSET
            if account_ is UNSET
            else None
            if account_ is None
            else AccountRef.from_dict(account_)
        )
        instance.cloud = (
            UNSET
            if cloud_ is UNSET
            else None
            if cloud_ is None
            else CloudRef.from_dict(cloud_)
        )
        instance.integration = (
            UNSET
            if integration_ is UNSET
            else None
            if integration_ is None
            else IntegrationRef.from_dict(integration_)
        )
        instance.auth = UNSET if auth_ is UNSET else ActorAuth.from_dict(auth_)
        instance.app_auth = (
            UNSET if app_auth_ is UNSET else AppAuth.from_dict(app_auth_)
        )
        instance.lti_developer_id = lti_developer_id_
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


# Last, not first: models refer to each other (possibly in cycles), and by the time these run
# this module's class exists. Module-level names also spare from_dict an import per call.
from ..models.account_ref import AccountRef
from ..models.actor_auth import ActorAuth
from ..models.app_auth import AppAuth
from ..models.cloud_ref import CloudRef
from ..models.integration_ref import IntegrationRef
