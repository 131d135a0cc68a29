"""Test helpers: a real broker, real PostgreSQL databases, tokens for any role, servers in threads."""
