"""The directory's entries in /sitemap.xml, beside the pages."""

import datetime

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.utils import timezone

from .models import Service
from .selectors import service_published


class ServiceSitemap(Sitemap):
    """Every live service. Search engines are told it changed when an editor last
    changed it or last checked it was still right, whichever is later."""

    def items(self) -> QuerySet[Service]:
        return service_published().only("slug", "last_reviewed", "updated_at").order_by("slug")

    def location(self, service: Service) -> str:
        return service.get_absolute_url()

    def lastmod(self, service: Service) -> datetime.date:
        return max(service.last_reviewed, timezone.localdate(service.updated_at))
