"""Contractering: product catalogue, tariffs, contracts and allocations."""
