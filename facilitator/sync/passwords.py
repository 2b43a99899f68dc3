"""The WebDAV password: in the system keyring, never in the database or settings file.

Looked up in order: $FACILITATOR_WEBDAV_PASSWORD (for scripts), this run's memory (what
the app asked for when there is no keyring), then the keyring. The keyring module is
imported only when a password is actually needed, so an app with no WebDAV target never
talks to the keyring service at all.
"""

from __future__ import annotations

import logging
import os

log = logging.getLogger(__name__)

PASSWORD_ENV = "FACILITATOR_WEBDAV_PASSWORD"
SERVICE = "Facilitator WebDAV"


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


class PasswordStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    def get(self, url: str, user: str) -> str | None:
        from_env = os.environ.get(PASSWORD_ENV)
        if from_env:
            return from_env
        account = _account(url, user)
        if account in self._memory:
            return self._memory[account]
        try:
            import keyring

            return keyring.get_password(SERVICE, account)
        except Exception as exc:  # no backend, locked, D-Bus absent: all mean "not known"
            log.info("No password from the keyring: %s", exc)
            return None

    def source(self, url: str, user: str) -> str:
        """Where the password comes from, in words (never the password)."""
        if os.environ.get(PASSWORD_ENV):
            return f"from ${PASSWORD_ENV}"
        if _account(url, user) in self._memory:
            return "kept in memory until the app closes"
        return "in the system keyring" if self.get(url, user) else "not stored"

    def set(self, url: str, user: str, password: str) -> bool:
        """Keep the password: True in the keyring, False in memory only (no keyring here)."""
        account = _account(url, user)
        try:
            import keyring

            keyring.set_password(SERVICE, account, password)
        except Exception as exc:
            log.info("No keyring to keep the password in: %s", exc)
            self._memory[account] = password
            return False
        self._memory.pop(account, None)
        return True

    def remember_for_session(self, url: str, user: str, password: str) -> None:
        self._memory[_account(url, user)] = password

    def forget(self, url: str, user: str) -> None:
        account = _account(url, user)
        self._memory.pop(account, None)
        try:
            import keyring

            keyring.delete_password(SERVICE, account)
        except Exception as exc:  # not there, or no keyring: nothing to forget
            log.info("Nothing forgotten in the keyring: %s", exc)


passwords = PasswordStore()
