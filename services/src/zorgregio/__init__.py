"""Shared library of the Zorgregio services.

Everything the four services have in common lives here once: settings, database and unit of
work, the CloudEvents envelope and event catalogue, the transactional outbox and its relay,
the consumer runner with inbox and dead-letter topics, API conventions, token checks,
operations endpoints and the pytest fixtures.
"""
