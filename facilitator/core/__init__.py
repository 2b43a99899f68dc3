"""Domain rules in plain Python: no Qt, no SQLAlchemy, no I/O."""
