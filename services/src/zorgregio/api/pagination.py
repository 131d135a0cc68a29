"""Cursor (keyset) pagination: an opaque cursor holds the sort key of the last item."""
from __future__ import annotations

import base64
import json
from typing import Any, Generic, TypeVar

from zorgregio.api.problems import ProblemError
from zorgregio.api.schemas import ApiModel

T = TypeVar("T")


class Page(ApiModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


def encode_cursor(values: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(values, default=str).encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> list[Any] | None:
    if not cursor:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except ValueError:
        values = None
    if not isinstance(values, list):
        raise ProblemError.for_field("cursor", "invalid-cursor", "De cursor is ongeldig of verlopen.")
    return values
