"""Monitoring: figures, signals, dashboards and notifications to back offices."""
