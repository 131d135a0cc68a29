"""Toelating (Open House admission of providers)."""
