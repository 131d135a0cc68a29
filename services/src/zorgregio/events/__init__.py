"""Events: the CloudEvents envelope, topic names and the typed event catalogue."""
from zorgregio.events.envelope import CloudEvent, EventData, Topic
from zorgregio.events.registry import all_event_classes, event_class

__all__ = ["CloudEvent", "EventData", "Topic", "all_event_classes", "event_class"]
