"""Operations: JSON logs with correlation id, Prometheus metrics, health and readiness."""
