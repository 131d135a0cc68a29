"""The garbage collector is tuned for an app's life and put back after it."""
from __future__ import annotations

import gc

from zorgregio.ops.memory import tuned_garbage_collector


def test_tuned_for_the_life_of_an_app_and_put_back():
    before = gc.get_threshold()
    with tuned_garbage_collector(20_000):
        assert gc.get_threshold() == (20_000, *before[1:])
        assert gc.get_freeze_count() > 0  # what start-up left alive is out of the collector's passes
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
