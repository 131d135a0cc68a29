"""The events the admission service reacts to, and the topics they come on."""
from __future__ import annotations

from zorgregio.events.envelope import Topic
from zorgregio.events.monitoring import SignalRaised, SignalResolved

from admission_service.service_layer import signals

HANDLERS = {
    SignalRaised.event_type: signals.on_signal_raised,
    SignalResolved.event_type: signals.on_signal_resolved,
}
TOPICS = [Topic.MONITORING.value]
