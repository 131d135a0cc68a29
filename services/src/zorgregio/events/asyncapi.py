"""JSON Schema of every event and one AsyncAPI 3.0 document of all of them."""
from __future__ import annotations

from typing import Any

from pydantic.json_schema import models_json_schema

from zorgregio.events.envelope import CloudEvent, EventData, Topic
from zorgregio.events.registry import all_event_classes

_REF = "#/components/schemas/{model}"
_PRODUCERS = {
    Topic.ADMISSION: "admission-service", Topic.CONTRACTING: "contract-service",
    Topic.ALLOCATION: "contract-service", Topic.AVAILABILITY: "availability-service",
    Topic.MONITORING: "monitor-service",
}


def event_schemas() -> dict[str, Any]:
    """JSON Schema (2020-12) of each event payload, keyed by class name."""
    classes = all_event_classes()
    _, top = models_json_schema([(cls, "validation") for cls in classes], by_alias=True, ref_template=_REF)
    return top.get("$defs", {})


def asyncapi_document() -> dict[str, Any]:
    schemas = event_schemas()
    envelope = CloudEvent.model_json_schema(by_alias=True, ref_template=_REF)
    envelope.pop("title", None)
    schemas["CloudEventEnvelope"] = {**envelope, "description": "CloudEvents 1.0, JSON structured mode"}
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for topic in Topic:
        topic_classes = [cls for cls in all_event_classes() if cls.topic is topic]
        channel_messages = {}
        for cls in topic_classes:
            messages[cls.__name__] = _message(cls)
            channel_messages[cls.__name__] = {"$ref": f"#/components/messages/{cls.__name__}"}
        channel_id = topic.value.replace(".", "-")
        channels[channel_id] = {
            "address": topic.value,
            "description": f"Produced by {_PRODUCERS[topic]}; keyed by aggregate id. Failed deliveries go to "
                           f"`{topic.dead_letter}`.",
            "messages": channel_messages,
        }
        operations[f"publish-{channel_id}"] = {
            "action": "send", "channel": {"$ref": f"#/channels/{channel_id}"},
            "summary": f"{_PRODUCERS[topic]} publishes through its transactional outbox",
            "messages": [{"$ref": f"#/channels/{channel_id}/messages/{name}"} for name in channel_messages],
        }
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "Zorgregio events", "version": "1.0.0",
                 "description": "Every event the Zorgregio services exchange. Envelope: CloudEvents 1.0 (JSON "
                                "structured mode) with a `correlationid` extension. No personal data: clients "
                                "appear only as a keyed pseudonym."},
        "defaultContentType": "application/cloudevents+json",
        "servers": {"embedded": {"host": "127.0.0.1:9092", "protocol": "kafka",
                                 "description": "Tansu broker of `make dev`"}},
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }


def _message(cls: type[EventData]) -> dict[str, Any]:
    return {
        "name": cls.event_type,
        "title": cls.__name__,
        "summary": (cls.__doc__ or cls.__name__).strip().splitlines()[0],
        "contentType": "application/cloudevents+json",
        "payload": {"allOf": [{"$ref": "#/components/schemas/CloudEventEnvelope"},
                              {"type": "object", "properties": {
                                  "type": {"const": cls.event_type},
                                  "data": {"$ref": f"#/components/schemas/{cls.__name__}"}}}]},
    }
