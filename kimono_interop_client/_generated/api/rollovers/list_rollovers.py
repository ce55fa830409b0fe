# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rollover_sort import RolloverSort
from ...models.rollovers_response import RolloversResponse
from ...types import UNSET, Response, Unset, status_of


def _get_kwargs(
    *,
    sort: RolloverSort | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/interop/tenant/rollovers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RolloversResponse | None:
    if response.status_code == 200:
        response_200 = RolloversResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


# The model each documented 2xx JSON body is, by status: the layer decodes these straight from
# the bytes (kimono_interop_client/_decoding.py), and uses _parse_response for anything else.
_JSON_MODELS: dict[int, type] = {
    200: RolloversResponse,
}


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RolloversResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort: RolloverSort | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | RolloversResponse]:
    """List Rollovers

     Get the list of rollovers for the tenant. The tenant is identified by actor authentication
    credentials.

    Args:
        sort (RolloverSort | Unset): A rollover field to sort by; prefix with - for descending
            order.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RolloversResponse]
    """

    kwargs = _get_kwargs(
        sort=sort,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort: RolloverSort | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | RolloversResponse | None:
    """List Rollovers

     Get the list of rollovers for the tenant. The tenant is identified by actor authentication
    credentials.

    Args:
        sort (RolloverSort | Unset): A rollover field to sort by; prefix with - for descending
            order.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RolloversResponse
    """

    return sync_detailed(
        client=client,
        sort=sort,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort: RolloverSort | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | RolloversResponse]:
    """List Rollovers

     Get the list of rollovers for the tenant. The tenant is identified by actor authentication
    credentials.

    Args:
        sort (RolloverSort | Unset): A rollover field to sort by; prefix with - for descending
            order.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RolloversResponse]
    """

    kwargs = _get_kwargs(
        sort=sort,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort: RolloverSort | Unset = UNSET,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Error | RolloversResponse | None:
    """List Rollovers

     Get the list of rollovers for the tenant. The tenant is identified by actor authentication
    credentials.

    Args:
        sort (RolloverSort | Unset): A rollover field to sort by; prefix with - for descending
            order.
        page (int | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RolloversResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort=sort,
            page=page,
            page_size=page_size,
        )
    ).parsed
