# Generated from openapi/interop.yaml by make generate (openapi-python-client + custom/).
# Do not edit by hand: your change will be overwritten.
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.schedule_input import ScheduleInput
from ...models.schedule_response import ScheduleResponse
from ...types import Response, status_of


def _get_kwargs(
    *,
    body: ScheduleInput,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/interop/tenant/schedules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ScheduleResponse | None:
    if response.status_code == 201:
        response_201 = ScheduleResponse.from_dict(response.json())

        return response_201

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
    201: ScheduleResponse,
}


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ScheduleResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScheduleInput,
) -> Response[Error | ScheduleResponse]:
    """Create Schedule

     Create a Schedule for the tenant identified by actor authentication credentials. Only the `hour`
    (understood in UTC) field is expected, only creating collection schedules is possible.

    Args:
        body (ScheduleInput): Only `hour` (0-23, understood in UTC) is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduleResponse]
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
    body: ScheduleInput,
) -> Error | ScheduleResponse | None:
    """Create Schedule

     Create a Schedule for the tenant identified by actor authentication credentials. Only the `hour`
    (understood in UTC) field is expected, only creating collection schedules is possible.

    Args:
        body (ScheduleInput): Only `hour` (0-23, understood in UTC) is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScheduleInput,
) -> Response[Error | ScheduleResponse]:
    """Create Schedule

     Create a Schedule for the tenant identified by actor authentication credentials. Only the `hour`
    (understood in UTC) field is expected, only creating collection schedules is possible.

    Args:
        body (ScheduleInput): Only `hour` (0-23, understood in UTC) is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ScheduleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScheduleInput,
) -> Error | ScheduleResponse | None:
    """Create Schedule

     Create a Schedule for the tenant identified by actor authentication credentials. Only the `hour`
    (understood in UTC) field is expected, only creating collection schedules is possible.

    Args:
        body (ScheduleInput): Only `hour` (0-23, understood in UTC) is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ScheduleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
