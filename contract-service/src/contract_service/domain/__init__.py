"""The contracting domain: pure Python, no database or web imports."""
