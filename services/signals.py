"""Changes anywhere in the directory make its cached data stale (services/cache.py)."""

from django.db.models.signals import post_delete, post_save

from .cache import directory_changed


def connect() -> None:
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

    for model in (
        Service,
        ReferralRoute,
        ServiceLocation,
        OpeningTime,
        Category,
        ResponsibleBody,
        Area,
        Organisation,
    ):
        for signal in (post_save, post_delete):
            signal.connect(directory_changed, sender=model, dispatch_uid=f"directory-{model}")
