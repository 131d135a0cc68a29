"""The events the availability service reacts to, and the topics they come on."""
from __future__ import annotations

from zorgregio.events.envelope import Topic

from availability_service.service_layer.projections import CONSUMED_TYPES, handle_event

HANDLERS = {event_type: handle_event for event_type in CONSUMED_TYPES}
TOPICS = [Topic.ADMISSION.value, Topic.CONTRACTING.value, Topic.ALLOCATION.value]
