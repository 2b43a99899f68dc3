"""Errors an export reports in words a facilitator can act on."""

from __future__ import annotations


class ExportError(Exception):
    """The document could not be written; the message says why and what to do."""


class TemplateError(ExportError):
    """The chosen Word template cannot be used."""
