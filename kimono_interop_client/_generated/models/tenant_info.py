# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_ref import AccountRef
    from ..models.actor_auth import ActorAuth
    from ..models.app_auth import AppAuth
    from ..models.cloud_ref import CloudRef
    from ..models.integration_ref import IntegrationRef


T = TypeVar("T", bound="TenantInfo")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_ref import AccountRef
        from ..models.cloud_ref import CloudRef
        from ..models.integration_ref import IntegrationRef

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
        from ..models.account_ref import AccountRef
        from ..models.actor_auth import ActorAuth
        from ..models.app_auth import AppAuth
        from ..models.cloud_ref import CloudRef
        from ..models.integration_ref import IntegrationRef

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _actor_id = d.pop("actor_id", UNSET)
        actor_id: UUID | Unset
        if isinstance(_actor_id, Unset):
            actor_id = UNSET
        else:
            actor_id = UUID(_actor_id)

        def _parse_account(data: object) -> AccountRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountRef.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountRef | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_cloud(data: object) -> CloudRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cloud_type_0 = CloudRef.from_dict(data)

                return cloud_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloudRef | None | Unset, data)

        cloud = _parse_cloud(d.pop("cloud", UNSET))

        def _parse_integration(data: object) -> IntegrationRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                integration_type_0 = IntegrationRef.from_dict(data)

                return integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IntegrationRef | None | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        _auth = d.pop("auth", UNSET)
        auth: ActorAuth | Unset
        if isinstance(_auth, Unset):
            auth = UNSET
        else:
            auth = ActorAuth.from_dict(_auth)

        _app_auth = d.pop("app_auth", UNSET)
        app_auth: AppAuth | Unset
        if isinstance(_app_auth, Unset):
            app_auth = UNSET
        else:
            app_auth = AppAuth.from_dict(_app_auth)

        lti_developer_id = d.pop("lti_developer_id", UNSET)

        tenant_info = cls(
            id=id,
            name=name,
            actor_id=actor_id,
            account=account,
            cloud=cloud,
            integration=integration,
            auth=auth,
            app_auth=app_auth,
            lti_developer_id=lti_developer_id,
        )

        tenant_info.additional_properties = d
        return tenant_info

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
