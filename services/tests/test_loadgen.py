"""The benchmarks' load generator against a real HTTP server: closed loops count answers and errors."""
from __future__ import annotations

import asyncio

from fastapi import FastAPI, HTTPException
from zorgregio.testing.loadgen import fetch_all, run_load
from zorgregio.testing.processes import ServerThread

app = FastAPI()


@app.get("/ok/{n}")
def ok(n: int) -> dict:
    return {"n": n}


@app.get("/missing")
def missing() -> dict:
    raise HTTPException(404)


def test_closed_loops_count_answers_and_errors():
    server = ServerThread(app).start()
    try:
        once = asyncio.run(fetch_all("127.0.0.1", server.port, [f"/ok/{n}" for n in range(20)] + ["/missing"],
                                     clients=3))
        assert len(once.latencies) == 20 and once.errors == 1
        timed = asyncio.run(run_load("127.0.0.1", server.port, ["/ok/1", "/missing"], weights=[9, 1], clients=2,
                                     seconds=0.5))
        assert timed.latencies and timed.errors and 0.5 <= timed.elapsed < 5
        assert len(timed.latencies) > timed.errors  # nine in ten ask for a page that exists
    finally:
        server.stop()
