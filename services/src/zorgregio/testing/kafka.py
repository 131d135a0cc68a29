"""Reading a topic from the beginning, for assertions on what is on the bus."""
from __future__ import annotations

import time

from kafka import KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord


def read_topic(bootstrap: str, topic: str, *, expect: int | None = None, timeout: float = 15.0) -> list[ConsumerRecord]:
    """Every record on `topic`; with `expect`, waits until at least that many are there."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None)
    try:
        deadline = time.monotonic() + timeout
        partitions = None
        while not partitions and time.monotonic() < deadline:
            partitions = consumer.partitions_for_topic(topic)
            if not partitions:
                time.sleep(0.1)
        if not partitions:
            return []
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        records: list[ConsumerRecord] = []
        while time.monotonic() < deadline:
            end = consumer.end_offsets(tps)
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(batch)
            caught_up = all(consumer.position(tp) >= end[tp] for tp in tps)
            if caught_up and (expect is None or len(records) >= expect):
                break
        return records
    finally:
        consumer.close()
