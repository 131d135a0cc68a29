"""Evidence documents: PDF, PNG or JPEG only, recognised by their first bytes (not by the name
or the declared type), within the size limit, with a SHA-256 checksum."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from admission_service.domain.errors import Kind, RuleViolation
from admission_service.domain.model import Actor

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def detect_media_type(content: bytes) -> str | None:
    return next((media for magic, media in MAGIC if content.startswith(magic)), None)


@dataclass
class Evidence:
    id: UUID
    application_id: UUID
    requirement_code: str
    evidence_type: str
    filename: str
    media_type: str
    size: int
    sha256: str
    content: bytes
    valid_until: date | None
    actor: Actor
    at: datetime


def accept_document(*, evidence_id: UUID, application_id: UUID, requirement_code: str, evidence_type: str,
                    expires: bool, filename: str, content: bytes, max_bytes: int, valid_until: date | None,
                    today: date, actor: Actor, at: datetime) -> Evidence:
    if len(content) > max_bytes:
        raise RuleViolation("file-too-large", f"Het bestand is groter dan {max_bytes // (1024 * 1024) or 1} MB "
                            f"({len(content)} bytes, ten hoogste {max_bytes}).", field="file", kind=Kind.TOO_LARGE)
    if not content:
        raise RuleViolation("file-empty", "Het bestand is leeg.", field="file")
    media_type = detect_media_type(content)
    if media_type is None:
        raise RuleViolation("unsupported-file-type", "Alleen PDF-, PNG- of JPEG-bestanden worden aanvaard; de inhoud "
                            "van dit bestand is geen van deze.", field="file", kind=Kind.MEDIA_TYPE)
    if expires and valid_until is None:
        raise RuleViolation("valid-until-required", f"Bewijs voor eis {requirement_code} verloopt: geef de "
                            "einddatum (validUntil).", field="validUntil")
    if valid_until is not None and valid_until < today:
        raise RuleViolation("evidence-expired", "Dit bewijs is al verlopen.", field="validUntil")
    return Evidence(evidence_id, application_id, requirement_code, evidence_type, filename[:200] or "document",
                    media_type, len(content), hashlib.sha256(content).hexdigest(), content, valid_until, actor, at)
