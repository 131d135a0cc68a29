"""Command and event handlers: open the unit of work, change, emit, commit."""
