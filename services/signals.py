"""Changes anywhere in the directory make its cached data stale (services/cache.py)."""

import contextlib

from django.db.models.signals import post_delete, post_save

from .cache import directory_changed


def watched_models() -> list:
    from .models import (
        Area,
        Category,
        OpeningTime,
        Organisation,
        ReferralRoute,
        ResponsibleBody,
        Service,
        ServiceLocation,
    )

    return [
        Service,
        ReferralRoute,
        ServiceLocation,
        OpeningTime,
        Category,
        ResponsibleBody,
        Area,
        Organisation,
    ]


def connect() -> None:
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.connect(directory_changed, sender=model, dispatch_uid=f"directory-{model}")


def disconnect() -> None:
    for model in watched_models():
        for signal in (post_save, post_delete):
            signal.disconnect(sender=model, dispatch_uid=f"directory-{model}")


@contextlib.contextmanager
def suspended():
    """No cache invalidation per row while a bulk job writes; the job calls
    ``directory_changed`` once when it is done."""
    disconnect()
    try:
        yield
    finally:
        connect()
