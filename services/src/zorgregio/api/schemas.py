"""Base schema: camelCase on the wire, snake_case in Python."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel


class ApiModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


class InvalidParam(ApiModel):
    name: str
    code: str
    reason: str


class Problem(ApiModel):
    """RFC 9457 problem details, as in the NL API Design Rules and Open Zaak."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = None
    invalid_params: list[InvalidParam] = []
