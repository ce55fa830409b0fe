"""The account-level operations (`InteropClient.actors`, `.clouds`, `.integrations`, `.tenants`).

Conventions shared by every method here and in `tenant.py`:
- path parameters are positional-only; ids are a `uuid.UUID` or its canonical string;
- query parameters and request-body fields are keyword-only; None means "not given" (the field
  or parameter is left out of the request); a whole generated request model may be passed as
  `body=` instead of the fields, never together with them;
- every input is checked before anything is sent (`InvalidInputError`, a `ValueError`);
- single-object results are the generated model of the envelope's `data`, 204s return None,
  list methods return an `AsyncPaginator` (await it for the first page, `async for` over it
  for every item).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import cast
from uuid import UUID

from .. import _validation as validate
from .._generated.api.actors import list_actors
from .._generated.api.clouds import (
    create_cloud,
    delete_cloud,
    find_cloud,
    list_actors_by_cloud,
    list_clouds,
    search_clouds,
)
from .._generated.api.integrations import (
    create_integration,
    create_integration_version,
    delete_integration,
    delete_integration_version,
    find_integration,
    list_integration_versions,
    list_integrations,
    update_integration,
    update_integration_blueprint,
    update_integration_version,
)
from .._generated.api.tenants import find_interop_tenant, list_interop_tenants
from .._generated.models.actor import Actor
from .._generated.models.cloud import Cloud
from .._generated.models.cloud_input import CloudInput
from .._generated.models.integration import Integration
from .._generated.models.integration_input import IntegrationInput
from .._generated.models.integration_version import IntegrationVersion
from .._generated.models.integration_version_input import IntegrationVersionInput
from .._generated.models.release_state import ReleaseState
from .._generated.models.tenant_info import TenantInfo
from .._generated.types import File
from .._pagination import AsyncPaginator
from ._common import Core, Resource, body_or_fields, checked, or_unset


def _blueprint_file(blueprint: str | bytes) -> File:
    """The generated XML body type; str is encoded as UTF-8."""
    return File(payload=io.BytesIO(validate.blueprint(blueprint)), mime_type="application/xml")


class Actors(Resource):
    """Actors installed in the Interop Clouds of your accounts."""

    def list(
        self, *, page: int | None = None, page_size: int | None = None, prefetch: int = 0
    ) -> AsyncPaginator[Actor]:
        """List the actors of every Interop Cloud visible to you (listActors)."""
        return self._paginate(list_actors, page=page, page_size=page_size, prefetch=prefetch)


class Clouds(Resource):
    """Interop Clouds of the accounts visible to you."""

    def list(
        self, *, page: int | None = None, page_size: int | None = None, prefetch: int = 0
    ) -> AsyncPaginator[Cloud]:
        """List the Interop Clouds of the accounts visible to you (listClouds)."""
        return self._paginate(list_clouds, page=page, page_size=page_size, prefetch=prefetch)

    async def create(
        self,
        *,
        name: str | None = None,
        userdata: str | None = None,
        generation: int | None = None,
        body: CloudInput | None = None,
    ) -> Cloud:
        """Create an Interop Cloud (createCloud)."""
        fields = {"name": name, "userdata": userdata, "generation": generation}
        request = body_or_fields(
            CloudInput,
            body,
            fields,
            lambda: CloudInput(
                name=checked(validate.string, "name", name),
                userdata=checked(validate.string, "userdata", userdata),
                generation=checked(validate.int32, "generation", generation),
            ),
        )
        return cast(Cloud, await self._core.call(create_cloud, body=request))

    def search(
        self,
        *,
        generation: int | None = None,
        userdata: str | None = None,
        name: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Cloud]:
        """List the Interop Clouds matching every given criterion (searchClouds)."""
        return self._paginate(
            search_clouds,
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            generation=None if generation is None else validate.int32("generation", generation),
            userdata=None if userdata is None else validate.string("userdata", userdata),
            name=None if name is None else validate.string("name", name),
        )

    async def get(self, cloud_id: UUID | str, /) -> Cloud:
        """Find an Interop Cloud by id (findCloud)."""
        return cast(Cloud, await self._core.call(find_cloud, validate.uuid("cloud_id", cloud_id)))

    async def delete(self, cloud_id: UUID | str, /) -> None:
        """Delete an Interop Cloud and the actors installed in it (deleteCloud)."""
        await self._core.call(delete_cloud, validate.uuid("cloud_id", cloud_id))

    def list_actors(
        self,
        cloud_id: UUID | str,
        /,
        *,
        include_credentials: bool | None = None,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Actor]:
        """List the actors installed in an Interop Cloud (listActorsByCloud)."""
        return self._paginate(
            list_actors_by_cloud,
            validate.uuid("cloud_id", cloud_id),
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            include_credentials=None
            if include_credentials is None
            else validate.boolean("include_credentials", include_credentials),
        )


class IntegrationVersions(Resource):
    """The versions of an Integration, each described by an XML Integration Blueprint."""

    def list(
        self,
        integration_id: UUID | str,
        /,
        *,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[IntegrationVersion]:
        """List the versions of an Integration (listIntegrationVersions)."""
        return self._paginate(
            list_integration_versions,
            validate.uuid("integration_id", integration_id),
            page=page,
            page_size=page_size,
            prefetch=prefetch,
        )

    async def create(
        self, integration_id: UUID | str, blueprint: str | bytes, /
    ) -> IntegrationVersion:
        """Create a version of an Integration from its XML blueprint (createIntegrationVersion)."""
        integration = validate.uuid("integration_id", integration_id)
        file = _blueprint_file(blueprint)
        result = await self._core.call(create_integration_version, integration, body=file)
        return cast(IntegrationVersion, result)

    async def update(
        self,
        integration_id: UUID | str,
        version: str,
        /,
        *,
        new_version: str | None = None,
        title: str | None = None,
        release_state: ReleaseState | str | None = None,
        body: IntegrationVersionInput | None = None,
    ) -> None:
        """Update a version of an Integration (updateIntegrationVersion).

        `new_version` is the body's `version` field (renamed: `version` is the path parameter).
        """
        integration = validate.uuid("integration_id", integration_id)
        segment = validate.path_segment("version", version)
        fields = {"new_version": new_version, "title": title, "release_state": release_state}
        request = body_or_fields(
            IntegrationVersionInput,
            body,
            fields,
            lambda: IntegrationVersionInput(
                version=checked(validate.string, "new_version", new_version),
                title=checked(validate.string, "title", title),
                release_state=or_unset(
                    None
                    if release_state is None
                    else validate.known_enum("release_state", release_state, ReleaseState)
                ),
            ),
        )
        await self._core.call(update_integration_version, integration, segment, body=request)

    async def delete(self, integration_id: UUID | str, version: str, /) -> None:
        """Delete a version of an Integration (deleteIntegrationVersion)."""
        await self._core.call(
            delete_integration_version,
            validate.uuid("integration_id", integration_id),
            validate.path_segment("version", version),
        )

    async def update_blueprint(
        self, integration_id: UUID | str, version: str, blueprint: str | bytes, /
    ) -> IntegrationVersion:
        """Replace the XML blueprint of a version of an Integration (updateIntegrationBlueprint)."""
        integration = validate.uuid("integration_id", integration_id)
        segment = validate.path_segment("version", version)
        file = _blueprint_file(blueprint)
        result = await self._core.call(
            update_integration_blueprint, integration, segment, body=file
        )
        return cast(IntegrationVersion, result)


class Integrations(Resource):
    """Integrations; their versions and blueprints are under `.versions`."""

    def __init__(self, core: Core) -> None:
        super().__init__(core)
        self.versions = IntegrationVersions(core)

    def list(
        self,
        *,
        name: str | None = None,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[Integration]:
        """List the Integrations, optionally only those with a given name (listIntegrations)."""
        return self._paginate(
            list_integrations,
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            name=None if name is None else validate.string("name", name),
        )

    async def create(
        self,
        *,
        name: str | None = None,
        title: str | None = None,
        version: str | None = None,
        body: IntegrationInput | None = None,
    ) -> Integration:
        """Create an Integration (createIntegration)."""
        request = self._input(name, title, version, body)
        return cast(Integration, await self._core.call(create_integration, body=request))

    async def get(self, integration_id: UUID | str, /) -> Integration:
        """Find an Integration by id (findIntegration)."""
        integration = validate.uuid("integration_id", integration_id)
        return cast(Integration, await self._core.call(find_integration, integration))

    async def update(
        self,
        integration_id: UUID | str,
        /,
        *,
        name: str | None = None,
        title: str | None = None,
        version: str | None = None,
        body: IntegrationInput | None = None,
    ) -> None:
        """Update an Integration; fields left as None are not sent (updateIntegration)."""
        integration = validate.uuid("integration_id", integration_id)
        request = self._input(name, title, version, body)
        await self._core.call(update_integration, integration, body=request)

    async def delete(self, integration_id: UUID | str, /) -> None:
        """Delete an Integration with its versions and blueprints (deleteIntegration)."""
        await self._core.call(delete_integration, validate.uuid("integration_id", integration_id))

    @staticmethod
    def _input(
        name: str | None, title: str | None, version: str | None, body: IntegrationInput | None
    ) -> IntegrationInput:
        return body_or_fields(
            IntegrationInput,
            body,
            {"name": name, "title": title, "version": version},
            lambda: IntegrationInput(
                name=checked(validate.string, "name", name),
                title=checked(validate.string, "title", title),
                version=checked(validate.string, "version", version),
            ),
        )


class Tenants(Resource):
    """The licensed and authorized tenants of your Integrations, with their actor credentials."""

    def list(
        self,
        *,
        accounts: Sequence[UUID | str] | None = None,
        integration: Sequence[str] | None = None,
        page: int | None = None,
        page_size: int | None = None,
        prefetch: int = 0,
    ) -> AsyncPaginator[TenantInfo]:
        """List your tenants, optionally only of some accounts/Integrations (listInteropTenants).

        `accounts` and `integration` are sent as repeated query parameters; each, when given,
        must hold at least one value.
        """
        return self._paginate(
            list_interop_tenants,
            page=page,
            page_size=page_size,
            prefetch=prefetch,
            accounts=None if accounts is None else validate.uuids("accounts", accounts),
            integration=None
            if integration is None
            else validate.strings("integration", integration),
        )

    async def get(self, tenant_id: UUID | str, /) -> TenantInfo:
        """Find a tenant by id (findInteropTenant)."""
        tenant = validate.uuid("tenant_id", tenant_id)
        return cast(TenantInfo, await self._core.call(find_interop_tenant, tenant))
