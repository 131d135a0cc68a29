"""API conventions: app factory, problem+json, camelCase schemas, pagination, idempotency."""
