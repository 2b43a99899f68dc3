"""Problems with the database that a facilitator can act on, in words they understand."""

from __future__ import annotations


class StoreError(Exception):
    """A known problem with stored data; its message is shown to the user as it is."""


class NotFacilitatorDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


class NotFoundError(StoreError):
    pass


class ConveningNotFoundError(NotFoundError):
    pass
