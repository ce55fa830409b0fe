# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.integration_version_input import IntegrationVersionInput
from ...types import Response, status_of


def _get_kwargs(
    id: UUID,
    version: str,
    *,
    body: IntegrationVersionInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/interop/integrations/{id}/versions/{version}".format(
            id=quote(str(id), safe=""),
            version=quote(str(version), safe=""),
        ),
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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
    id: UUID,
    version: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationVersionInput,
) -> Response[Any | Error]:
    """Update Integration Version

     Update a version of an Integration.

    Args:
        id (UUID):
        version (str):
        body (IntegrationVersionInput): The fields of an Integration Version that a client sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    version: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationVersionInput,
) -> Any | Error | None:
    """Update Integration Version

     Update a version of an Integration.

    Args:
        id (UUID):
        version (str):
        body (IntegrationVersionInput): The fields of an Integration Version that a client sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        id=id,
        version=version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    version: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationVersionInput,
) -> Response[Any | Error]:
    """Update Integration Version

     Update a version of an Integration.

    Args:
        id (UUID):
        version (str):
        body (IntegrationVersionInput): The fields of an Integration Version that a client sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        version=version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    version: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationVersionInput,
) -> Any | Error | None:
    """Update Integration Version

     Update a version of an Integration.

    Args:
        id (UUID):
        version (str):
        body (IntegrationVersionInput): The fields of an Integration Version that a client sends.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            version=version,
            client=client,
            body=body,
        )
    ).parsed
