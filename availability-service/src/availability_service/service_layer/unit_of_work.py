"""The availability service's unit of work: repositories on the session, and after a commit
that changed search rows, the search cache of this instance (and, by NOTIFY, of the others)
is invalidated for the municipalities of those rows."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session
from zorgregio.messaging.unit_of_work import UnitOfWork

from availability_service.adapters import search_index
from availability_service.adapters.repository import (
    EntryRepository,
    ReadModelRepository,
)
from availability_service.adapters.search_cache import (
    NOTIFY_CHANNEL,
    SearchCache,
    cache_for,
    notify_payload,
)


class AvailabilityUnitOfWork(UnitOfWork):
    entries: EntryRepository
    read_model: ReadModelRepository

    def open_repositories(self, session: Session) -> None:
        self.entries = EntryRepository(session)
        self.read_model = ReadModelRepository(session)
        self._changed: set[str] | None = set()

    @property
    def cache(self) -> SearchCache:
        return cache_for(str(self.session.get_bind().url))

    def refresh_search(self, **scope: object) -> None:
        """Rewrite the affected search rows now, inside this transaction."""
        touched = search_index.refresh(self.session, **scope)  # type: ignore[arg-type]
        if touched is None or self._changed is None:
            self._changed = None
        else:
            self._changed |= touched

    def commit(self) -> None:
        changed, self._changed = self._changed, set()
        if changed is None or changed:
            self.session.execute(text("SELECT pg_notify(:channel, :payload)"),
                                 {"channel": NOTIFY_CHANNEL, "payload": notify_payload(changed)})
        super().commit()
        if changed is None or changed:
            self.cache.invalidate(changed)

    def rollback(self) -> None:
        super().rollback()
        self._changed = set()
