# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.tenant_application_update import TenantApplicationUpdate
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: TenantApplicationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/interop/tenant/application",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# The model each documented 2xx JSON body is, by status: the layer decodes these straight from
# the bytes (kimono_interop_client/_decoding.py), and uses _parse_response for anything else.
_JSON_MODELS: dict[int, type] = {}


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TenantApplicationUpdate,
) -> Response[Any | Error]:
    """Update Tenant Application

     Intended to be used during the authentication setup workflow (if there is authentication defined in
    the integration blueprint). The tenant (identified by actor authentication credentials) must be an
    integration. Can be updated only when the pending auth status of the application is 'updating'. Only
    a subset of the Tenant Application configuration may be changed: auth message, pending auth state
    (can only be set to 'confirmed'/'error'), pending auth attributes.

    Args:
        body (TenantApplicationUpdate): The only fields of a Tenant Application a client may
            change, and only while `auth_state_pending` is `updating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TenantApplicationUpdate,
) -> Any | Error | None:
    """Update Tenant Application

     Intended to be used during the authentication setup workflow (if there is authentication defined in
    the integration blueprint). The tenant (identified by actor authentication credentials) must be an
    integration. Can be updated only when the pending auth status of the application is 'updating'. Only
    a subset of the Tenant Application configuration may be changed: auth message, pending auth state
    (can only be set to 'confirmed'/'error'), pending auth attributes.

    Args:
        body (TenantApplicationUpdate): The only fields of a Tenant Application a client may
            change, and only while `auth_state_pending` is `updating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TenantApplicationUpdate,
) -> Response[Any | Error]:
    """Update Tenant Application

     Intended to be used during the authentication setup workflow (if there is authentication defined in
    the integration blueprint). The tenant (identified by actor authentication credentials) must be an
    integration. Can be updated only when the pending auth status of the application is 'updating'. Only
    a subset of the Tenant Application configuration may be changed: auth message, pending auth state
    (can only be set to 'confirmed'/'error'), pending auth attributes.

    Args:
        body (TenantApplicationUpdate): The only fields of a Tenant Application a client may
            change, and only while `auth_state_pending` is `updating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TenantApplicationUpdate,
) -> Any | Error | None:
    """Update Tenant Application

     Intended to be used during the authentication setup workflow (if there is authentication defined in
    the integration blueprint). The tenant (identified by actor authentication credentials) must be an
    integration. Can be updated only when the pending auth status of the application is 'updating'. Only
    a subset of the Tenant Application configuration may be changed: auth message, pending auth state
    (can only be set to 'confirmed'/'error'), pending auth attributes.

    Args:
        body (TenantApplicationUpdate): The only fields of a Tenant Application a client may
            change, and only while `auth_state_pending` is `updating`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
