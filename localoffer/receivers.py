"""What the site search must notice: a page published, unpublished, moved or
deleted changes what ``/search/`` finds, so cached search pages are forgotten
and new words join the vocabulary of spelling suggestions. "You said, we did"
is found by its published responses, so a response changing reindexes it."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished, post_page_move

from feedback.models import ThemeResponse, YouSaidWeDidPage
from services.actions import add_search_words, service_search_text
from services.cache import directory_changed
from services.models import Service
from services.search import bulk_job_running

from .search import page_text


def page_went_live(sender, instance, **kwargs) -> None:
    add_search_words([page_text(instance)])
    directory_changed()


def pages_changed(**kwargs) -> None:
    directory_changed()


def service_saved(sender, instance, **kwargs) -> None:
    # A bulk import adds the words of all its records once, at the end.
    if instance.live and not bulk_job_running():
        add_search_words([service_search_text(instance)])


def response_changed(sender, instance, **kwargs) -> None:
    for page in YouSaidWeDidPage.objects.live():
        insert_or_update_object(page)
        if instance.live:
            add_search_words([page_text(page)])
    directory_changed()


def connect() -> None:
    page_published.connect(page_went_live, dispatch_uid="search-page-published")
    page_unpublished.connect(pages_changed, dispatch_uid="search-page-unpublished")
    post_page_move.connect(pages_changed, dispatch_uid="search-page-moved")
    post_delete.connect(pages_changed, sender=Page, dispatch_uid="search-page-deleted")
    post_save.connect(service_saved, sender=Service, dispatch_uid="search-service-saved")
    post_save.connect(response_changed, sender=ThemeResponse, dispatch_uid="search-response-saved")
    post_delete.connect(
        response_changed, sender=ThemeResponse, dispatch_uid="search-response-deleted"
    )
