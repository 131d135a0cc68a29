"""The citizen service number (BSN) and its eleven-test, for validation and for making
fictional numbers in seeds, tests and benchmarks (never a real person's)."""
from __future__ import annotations

import random

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def check_digit(first_eight: str) -> int | None:
    """The ninth digit that makes `first_eight` pass the eleven-test, or None when none does."""
    digit = sum(int(d) * w for d, w in zip(first_eight, WEIGHTS, strict=True)) % 11
    return digit if digit < 10 else None


def is_valid(bsn: str) -> bool:
    """Nine digits, weights 9..2 and -1, the sum divisible by 11, not all zeros."""
    if len(bsn) != 9 or not bsn.isdigit() or bsn == "000000000":
        return False
    return check_digit(bsn[:8]) == int(bsn[8])


def random_bsn(rng: random.Random | None = None) -> str:
    """A fictional number that passes the eleven-test."""
    rng = rng or random.Random()
    while True:
        first_eight = str(rng.randint(10_000_000, 99_999_999))
        if (digit := check_digit(first_eight)) is not None:
            return first_eight + str(digit)
