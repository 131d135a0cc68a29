"""Events: the CloudEvents envelope, topic names and the typed event catalogue."""
from zorgregio.events.envelope import CloudEvent, EventData, Topic
from zorgregio.events.registry import event_class, all_event_classes

__all__ = ["CloudEvent", "EventData", "Topic", "event_class", "all_event_classes"]
