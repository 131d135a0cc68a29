"""Small-cell suppression: every count below 5 is shown as "<5", and so is every figure
derived from such a count (a median over three waits, a share whose numerator is two), so
no published figure can be traced back to a child. Parts that add up to a shown total are
suppressed together (secondary suppression within a row)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

THRESHOLD = 5
SUPPRESSED = "<5"


def is_small(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value < THRESHOLD


def suppress_row(row: Mapping[str, Any], counts: Iterable[str], derived: Mapping[str, str],
                 complements: Iterable[tuple[str, ...]] = ()) -> dict[str, Any]:
    """`complements` are groups of counts that add up to a total shown beside them: when one
    of a group is suppressed, the whole group is, so no small cell follows by subtraction."""
    out = dict(row)
    small = {name for name in counts if is_small(row.get(name))}
    for group in complements:
        if small & set(group):
            small |= set(group)
    for name, source in derived.items():
        if name in out and (is_small(row.get(source)) or source in small):
            out[name] = SUPPRESSED
    for name in small:
        if name in out:
            out[name] = SUPPRESSED
    return out


def suppress(rows: Iterable[Mapping[str, Any]], counts: Iterable[str], derived: Mapping[str, str],
             complements: Iterable[tuple[str, ...]] = ()) -> list[dict]:
    counts, complements = tuple(counts), tuple(complements)
    return [suppress_row(row, counts, derived, complements) for row in rows]
