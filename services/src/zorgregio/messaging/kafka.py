"""Kafka clients with the platform's settings, and topic creation."""
from __future__ import annotations

import logging

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from zorgregio.config import ServiceSettings
from zorgregio.events.envelope import Topic

log = logging.getLogger(__name__)


def make_producer(settings: ServiceSettings) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=settings.kafka_servers,
        acks="all",
        # Idempotent producing needs producer ids that survive the broker; Tansu forgets them on a
        # restart, and the consumers' inboxes make redelivery harmless anyway.
        enable_idempotence=False,
        linger_ms=2,
        retries=3,
        max_block_ms=5_000,
        request_timeout_ms=10_000,
        client_id=f"zorgregio-{settings.service_name}",
    )


def make_consumer(settings: ServiceSettings, topics: list[str], group_id: str) -> KafkaConsumer:
    return KafkaConsumer(
        *topics,
        bootstrap_servers=settings.kafka_servers,
        group_id=group_id,
        client_id=f"zorgregio-{settings.service_name}",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_interval_ms=settings.kafka_max_poll_interval_ms,
        session_timeout_ms=settings.kafka_session_timeout_ms,
        heartbeat_interval_ms=max(settings.kafka_session_timeout_ms // 3, 100),
        max_poll_records=500,
        fetch_max_wait_ms=50,
    )


def ensure_topics(settings: ServiceSettings, topics: list[str] | None = None) -> None:
    """Create the platform's topics and their dead-letter companions if they do not exist."""
    wanted = topics or [name for topic in Topic for name in (topic.value, topic.dead_letter)]
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_servers, request_timeout_ms=10_000)
    try:
        existing = set(admin.list_topics())
        missing = [NewTopic(name, _partitions(settings, name), settings.kafka_replication_factor)
                   for name in wanted if name not in existing]
        if missing:
            try:
                admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass
            log.info("created topics", extra={"topics": [t.name for t in missing]})
    finally:
        admin.close()


def _partitions(settings: ServiceSettings, topic: str) -> int:
    if topic.endswith(".dlq"):
        return 1
    if topic == Topic.ALLOCATION.value:
        return settings.kafka_allocation_partitions
    return settings.kafka_topic_partitions


def broker_reachable(settings: ServiceSettings) -> bool:
    try:
        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_servers, request_timeout_ms=2_000)
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        return False
    try:
        admin.list_topics()
        return True
    except Exception:  # noqa: BLE001
        return False
    finally:
        admin.close()
