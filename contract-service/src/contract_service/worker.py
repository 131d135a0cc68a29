"""A worker-only process of the contracting service: the outbox relay, the consumer and the
periodic jobs, without HTTP. An instance can run its API with `RELAY_ENABLED=false` beside
this process, so publishing to the broker does not share the API process's interpreter lock.

    python -m contract_service.worker"""
from __future__ import annotations

import signal
import threading

from zorgregio.ops.memory import tuned_garbage_collector

from contract_service.bootstrap import build_runtime


def main() -> None:
    runtime = build_runtime()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    runtime.start()
    try:
        with tuned_garbage_collector(runtime.settings.gc_young_threshold):
            stop.wait()
    finally:
        runtime.stop()


if __name__ == "__main__":
    main()
