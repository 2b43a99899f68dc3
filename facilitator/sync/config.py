"""This laptop's delivery target, from its settings; None means "deliver nowhere".

With no target nothing network-related is ever built, so an unconfigured app makes no
connection at all.
"""

from __future__ import annotations

from dataclasses import replace

from facilitator.store.settings import Settings
from facilitator.sync.folder import FolderTarget
from facilitator.sync.passwords import PASSWORD_ENV, PasswordStore, passwords
from facilitator.sync.target_base import Target, TargetError
from facilitator.sync.webdav import WebDavTarget

FOLDER = "folder"
WEBDAV = "webdav"


class PasswordNeeded(TargetError):
    """The WebDAV password is not known on this laptop (no keyring, nothing typed yet)."""


def target_from_settings(
    settings: Settings, *, store: PasswordStore = passwords, timeout: float = 30.0
) -> Target | None:
    kind = settings.sync_target_kind
    if kind == FOLDER and settings.sync_folder:
        return FolderTarget(settings.sync_folder)
    if kind == WEBDAV and settings.webdav_url:
        url, user = settings.webdav_url, settings.webdav_user

        def password() -> str:
            found = store.get(url, user)
            if found is None:
                raise PasswordNeeded(
                    f"The password for {user or 'the server'} is not known on this laptop. "
                    f"Type it in File › Outbox…, or set ${PASSWORD_ENV}."
                )
            return found

        return WebDavTarget(url, user, password, timeout=timeout)
    return None


def describe_target(settings: Settings) -> str:
    """ "nowhere" or the target's own description, without building anything."""
    target = target_from_settings(settings)
    return target.describe() if target else "nowhere"


def password_missing(settings: Settings, store: PasswordStore = passwords) -> bool:
    """True for a WebDAV target whose password this laptop does not know."""
    if settings.sync_target_kind != WEBDAV or not settings.webdav_url:
        return False
    return store.get(settings.webdav_url, settings.webdav_user) is None


def with_folder(settings: Settings, folder: str) -> Settings:
    return replace(settings, sync_target_kind=FOLDER, sync_folder=folder)


def with_webdav(settings: Settings, url: str, user: str) -> Settings:
    WebDavTarget(url, user, "")  # refuses an address that is not http(s)
    return replace(settings, sync_target_kind=WEBDAV, webdav_url=url.strip(), webdav_user=user)


def without_target(settings: Settings) -> Settings:
    return replace(settings, sync_target_kind="", sync_folder="", webdav_url="", webdav_user="")
