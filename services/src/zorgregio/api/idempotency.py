"""`Idempotency-Key` for writes a client may retry.

The handler stores what it created (e.g. `{"id": ...}`) under the key in the same transaction
as the change (`UnitOfWork.remember`), so a retry after a lost answer finds it and the route
answers with the same resource instead of creating it again. The same key with a different
request is refused (422); a retry while the first is still running gets 409: the key's primary
key refuses the second insert (PostgreSQL lets it wait for the first transaction's end)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from psycopg.errors import UniqueViolation
from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from zorgregio.api.problems import Conflict, ProblemError
from zorgregio.db import DriverStatement
from zorgregio.messaging.tables import idempotency_keys
from zorgregio.security.deps import Authenticated

# Built once (a write path runs it on every request); parameter names unlike the column names.
# A plain insert: a key already stored is a unique violation, which aborts the transaction even
# when the statement's answer is only read at commit (a pipelined unit of work).
REMEMBER = DriverStatement(insert(idempotency_keys).values(
    {c: bindparam(f"p_{c}", type_=idempotency_keys.c[c].type)
     for c in ("scope", "key", "request_hash", "status_code", "response_body")}))


def key_in_use() -> Conflict:
    return Conflict("Een verzoek met deze Idempotency-Key wordt al verwerkt.", code="idempotency-key-in-use")


def key_taken(exc: BaseException) -> bool:
    """Whether a database error (psycopg's, or SQLAlchemy's wrapping it) is a second insert of
    an idempotency key: what the end of a pipelined block raises (`UnitOfWork.pipelined`)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, UniqueViolation) and orig.diag.table_name == idempotency_keys.name


@dataclass(frozen=True)
class IdempotencyKey:
    scope: str
    key: str
    request_hash: str

    def previous(self, session: Session) -> dict[str, Any] | None:
        """The stored result of an earlier identical request, or None."""
        row = session.execute(
            select(idempotency_keys.c.request_hash, idempotency_keys.c.response_body).where(
                idempotency_keys.c.scope == self.scope, idempotency_keys.c.key == self.key
            )
        ).first()
        if row is None:
            return None
        if row.request_hash != self.request_hash:
            raise ProblemError.for_field("Idempotency-Key", "idempotency-key-reused",
                                         "Deze Idempotency-Key is al gebruikt voor een ander verzoek.",
                                         status=422)
        return row.response_body

    def remember(self, session: Session, result: dict[str, Any], status_code: int = 201) -> None:
        """Stores the result under the key, in the session's transaction; `Conflict` if another
        request stored it first (in a pipelined block the end of the block raises: see `key_taken`)."""
        try:
            REMEMBER.execute(session, {"p_scope": self.scope, "p_key": self.key, "p_request_hash": self.request_hash,
                                       "p_status_code": status_code, "p_response_body": result})
        except UniqueViolation as exc:
            raise key_in_use() from exc


async def _idempotency_key(
    request: Request,
    principal: Authenticated,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key", max_length=200,
                                                  description="Unique key per intended write; a retry sends the same key")] = None,
) -> IdempotencyKey | None:
    if idempotency_key is None:
        return None
    try:  # the body FastAPI already parsed (cached on the request), in a canonical form
        canonical = json.dumps(await request.json(), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:  # not JSON (or empty): its bytes
        canonical = await request.body()
    path = request.scope["path"]
    digest = hashlib.sha256(f"{request.method} {path}\n".encode() + canonical).hexdigest()
    return IdempotencyKey(scope=f"{principal.subject}:{request.method}:{path}", key=idempotency_key,
                          request_hash=digest)


IdempotencyKeyDep = Annotated[IdempotencyKey | None, Depends(_idempotency_key)]
