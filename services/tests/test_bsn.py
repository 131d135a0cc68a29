"""The eleven-test of the citizen service number (BSN)."""
from __future__ import annotations

import random

import pytest
from zorgregio.bsn import check_digit, is_valid, random_bsn


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "999996356"])
def test_known_valid_numbers_pass(bsn):
    assert is_valid(bsn)


@pytest.mark.parametrize("bsn", ["111222334", "123456789", "000000000", "12345678", "1234567820", "12345678a", ""])
def test_wrong_check_digit_length_or_characters_fail(bsn):
    assert not is_valid(bsn)


def test_check_digit_and_prefixes_no_digit_fits():
    assert check_digit("12345678") == 2
    assert check_digit("10000006") is None  # 1×9 + 6×2 = 21 ≡ 10 (mod 11): no single digit


def test_random_numbers_pass_and_are_reproducible():
    numbers = [random_bsn(random.Random(7)) for _ in range(2)]
    assert numbers[0] == numbers[1]
    assert all(is_valid(random_bsn(random.Random(seed))) for seed in range(200))
