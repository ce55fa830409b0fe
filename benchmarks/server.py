"""The benchmark server: a minimal asyncio HTTP/1.1 keep-alive server with canned bodies.

It runs in its own process (``python -m benchmarks.server``), pinned to another core than the
client where the machine has one, so that the client's CPU time is the client's alone. It
parses only what it needs (request line, headers, Content-Length) and answers from bodies
rendered once, so it stays far from being the bottleneck. It listens on 127.0.0.1 only, on
two ports: one answers at once, the other after ``--latency-ms`` (the paging case).

Routes (query strings other than ``page``/``page_size`` are ignored):
  GET  /v2/interop/clouds/{id}       a single-Cloud envelope
  GET  /v2/interop/clouds            a page of Clouds; ``paging.next`` until ``--pages`` pages
  GET  /v2/interop/tenant/state      a TenantState envelope
  POST /oauth/token                  a bearer token (counted)
  GET  /_stats                       {"token_requests": n, "connections": n}
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from urllib.parse import parse_qs, urlsplit

from . import bodies


class Canned:
    """Every response body the server sends, rendered once."""

    def __init__(self, pages: int) -> None:
        self.pages = pages
        self.single_cloud = _response(200, bodies.single_cloud())
        self.tenant_state = _response(200, bodies.tenant_state())
        self._pages: dict[tuple[int, bool], bytes] = {}
        self.token_requests = 0
        self.connections = 0

    def page(self, size: int, number: int) -> bytes:
        has_next = number + 1 < self.pages
        key = (size, has_next)
        if key not in self._pages:
            self._pages[key] = _response(200, bodies.clouds_page(size, has_next, bodies.PAGE_MARK))
        return self._pages[key].replace(bodies.PAGE_MARK.encode(), b"%08x" % number)

    def token(self) -> bytes:
        self.token_requests += 1
        return _response(200, bodies.token(self.token_requests))

    def stats(self) -> bytes:
        counts = {"token_requests": self.token_requests, "connections": self.connections}
        return _response(200, json.dumps(counts).encode())

    def route(self, method: str, target: str) -> bytes:
        parts = urlsplit(target)
        path = parts.path
        if method == "POST" and path == "/oauth/token":
            return self.token()
        if method == "GET" and path == "/v2/interop/clouds":
            query = parse_qs(parts.query)
            size = int(query.get("page_size", ["100"])[0])
            number = int(query.get("page", ["0"])[0])
            return self.page(min(size, bodies.MAX_PAGE_SIZE), number)
        if method == "GET" and path.startswith("/v2/interop/clouds/"):
            return self.single_cloud
        if method == "GET" and path == "/v2/interop/tenant/state":
            return self.tenant_state
        if path == "/_stats":
            return self.stats()
        return _response(404, b'{"status": 404, "code": "not_found", "message": "no route"}')


def _response(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


class _Connection(asyncio.Protocol):
    """One keep-alive connection: answers requests in order, pipelined or not."""

    def __init__(self, canned: Canned, latency: float) -> None:
        self.canned = canned
        self.latency = latency
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.pending: asyncio.Future[None] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.canned.connections += 1

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return  # the body is still on its way
            del self.buffer[: end + 4 + length]
            method, target, _ = head.split("\r\n", 1)[0].split(" ", 2)
            reply = self.canned.route(method, target)
            if self.latency:
                asyncio.get_running_loop().call_later(self.latency, self._write, reply)
            else:
                self._write(reply)

    def _write(self, reply: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(pages: int, latency_ms: float) -> None:
    loop = asyncio.get_running_loop()
    canned = Canned(pages)
    fast = await loop.create_server(lambda: _Connection(canned, 0.0), "127.0.0.1", 0, backlog=1024)
    slow = await loop.create_server(
        lambda: _Connection(canned, latency_ms / 1000), "127.0.0.1", 0, backlog=1024
    )
    ports = {
        "port": fast.sockets[0].getsockname()[1],
        "slow_port": slow.sockets[0].getsockname()[1],
    }
    print(json.dumps(ports), flush=True)
    # The parent closes our stdin to stop us (and so does its death).
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await reader.read()
    fast.close()
    slow.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--cpu", type=int, default=None, help="pin the server to this CPU")
    args = parser.parse_args()
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(serve(args.pages, args.latency_ms))


if __name__ == "__main__":
    main()
