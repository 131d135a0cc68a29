"""A small HTTP/1.1 keep-alive load generator on raw asyncio streams, for the benchmarks: the
load generator runs on the same two cores as the platform it measures, so it must cost little
CPU (httpx spends ~2 ms per request, this ~0.1 ms).

Closed loop (`run_load`, `fetch_all`): each simulated client sends its next request when the
last one is answered. Open loop (`open_loop`): requests start at a fixed rate whether or not
earlier ones are answered, and latency counts from the scheduled start, so a stalled server
shows as latency instead of as fewer requests (no coordinated omission)."""
from __future__ import annotations

import asyncio
import itertools
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    elapsed: float = 0.0

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"",
                      headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        if body:
            head.append("Content-Type: application/json")
        head += [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
        assert self.reader is not None
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = 0
        for line in lines[1:]:
            if line[:15].lower() == "content-length:":
                length = int(line[15:].strip())
        payload = await self.reader.readexactly(length) if length else b""
        return status, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def run_load(host: str, port: int, paths: list[str], *, clients: int, seconds: float,
                   weights: list[float] | None = None, seed: int = 1, stop: asyncio.Event | None = None) -> Result:
    """`clients` connections each sending requests back to back for `seconds` (or until `stop`)."""
    rnd = random.Random(seed)
    cumulative = list(itertools.accumulate(weights)) if weights else None
    stop_at = time.perf_counter() + seconds

    def next_path() -> str | None:
        if time.perf_counter() >= stop_at or (stop and stop.is_set()):
            return None
        return rnd.choices(paths, cum_weights=cumulative)[0] if cumulative else rnd.choice(paths)

    return await _closed_loop(host, port, clients, next_path)


async def fetch_all(host: str, port: int, paths: list[str], *, clients: int) -> Result:
    """Each path once (e.g. to warm a cache), `clients` at a time; latencies of every request."""
    queue = list(paths)
    return await _closed_loop(host, port, clients, lambda: queue.pop() if queue else None)


async def _closed_loop(host: str, port: int, clients: int, next_path: Callable[[], str | None]) -> Result:
    """`clients` connections, each sending GET `next_path()` once its previous answer is in, until
    it gives None. A failed connection counts as an error and is opened again for the next request."""
    result = Result()

    async def client() -> None:
        conn = Connection(host, port)
        try:
            while (path := next_path()) is not None:
                started = time.perf_counter()
                try:
                    status, _ = await conn.request("GET", path)
                except (OSError, asyncio.IncompleteReadError):
                    status = 0
                    conn.close()
                if status == 200:
                    result.latencies.append(time.perf_counter() - started)
                else:
                    result.errors += 1
        finally:
            conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    result.elapsed = time.perf_counter() - started
    return result


async def json_request(conn: Connection, method: str, path: str, body: object | None = None,
                       headers: dict[str, str] | None = None) -> tuple[int, object]:
    status, payload = await conn.request(method, path, json.dumps(body).encode() if body is not None else b"",
                                         headers)
    return status, json.loads(payload) if payload else None


@dataclass
class Answer:
    index: int
    status: int  # 0: no answer (connection failed)
    payload: bytes
    latency: float  # seconds from the scheduled start to the answer


async def open_loop(host: str, port: int, request: Callable[[int], tuple[str, str, bytes, dict[str, str]]], *,
                    rate: float, seconds: float, max_connections: int = 512) -> tuple[list[Answer], float]:
    """Request number i (method, path, body, headers from `request(i)`) starts at i / rate
    seconds; a free keep-alive connection takes it, or a new one up to `max_connections`.
    Returns every answer and the seconds from the first start to the last answer."""
    answers: list[Answer] = []
    idle: list[Connection] = []
    slots = asyncio.Semaphore(max_connections)
    tasks: set[asyncio.Task] = set()

    async def send(index: int, scheduled: float) -> None:
        async with slots:
            method, path, body, headers = request(index)
            status, payload = 0, b""
            # a kept-alive connection the server closed meanwhile fails at once: one more try, on a new one
            for conn in ([idle.pop()] if idle else []) + [Connection(host, port)]:
                try:
                    status, payload = await conn.request(method, path, body, headers)
                except (OSError, asyncio.IncompleteReadError):
                    conn.close()
                else:
                    idle.append(conn)
                    break
            answers.append(Answer(index, status, payload, time.perf_counter() - scheduled))

    count = int(rate * seconds)
    began = time.perf_counter()
    for index in range(count):
        scheduled = began + index / rate
        if (delay := scheduled - time.perf_counter()) > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(send(index, scheduled))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - began
    for conn in idle:
        conn.close()
    return answers, elapsed
