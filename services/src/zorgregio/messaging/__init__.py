"""Transactional outbox, relay, inbox-backed consumers and idempotency keys."""
