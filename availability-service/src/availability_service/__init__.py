"""Beschikbaarheidswijzer: availability, waiting times and search."""
