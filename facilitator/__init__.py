"""Facilitator: an offline-first desktop companion for in-person convenings."""

__version__ = "0.1.0"
