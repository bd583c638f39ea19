"""Build the demo Local Offer from the data files in ``demo/`` (see ``demo/pages/README.md``).

Pages come from ``demo/pages/*.yaml``, read in name order; "You said, we did"
themes, comments and responses from ``demo/feedback.yaml``; services from
``load_services_demo``. Pages and responses are saved as revisions and
published, as an editor's would be, with no user: a revision without a user
is the loader's own.

What a second run does, so that it never undoes an editor's work:

- a page (or response) that is missing is created; one that was deleted comes back;
- one whose latest revision is still the loader's own, that is live, not locked
  and not in moderation, is updated to match its file, with a new revision only
  if something differs (so a run with unchanged files changes nothing);
- anything else (an editor saved a draft, published, submitted it for approval
  or unpublished it) is left alone;
- pages are found by their slug under their parent, so a page an editor moved
  or renamed is made again where the file says it goes;
- themes and comments are only ever added (by slug and by text), the footer
  links only filled in when empty; the pages' ``last_reviewed`` dates are the
  day they were first loaded.
"""

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from feedback.models import Comment, Kind, Status, Theme, ThemeResponse, YouSaidWeDidPage
from localoffer.models import HomePage, InformationPage, SiteSettings, StepByStepPage
from localoffer.search import rebuild_search_words
from services.models import ResponsibleBody, Service
from services.postcode_import import import_postcode_file_once
from strategy.models import (
    CoProductionPromisePage,
    PledgeFormField,
    PriorityPage,
    StrategyIndexPage,
    StrategyPage,
)

from . import data
from .services import load_services_demo

Log = Callable[[str], None]

PAGE_TYPES: dict[str, type[Page]] = {
    "home": HomePage,
    "information": InformationPage,
    "step_by_step": StepByStepPage,
    "strategy_index": StrategyIndexPage,
    "strategy": StrategyPage,
    "priority": PriorityPage,
    "co_production_promise": CoProductionPromisePage,
    "you_said_we_did": YouSaidWeDidPage,
}
NOT_FIELDS = {"type", "parent", "children", "form_fields"}
FORM_FIELD_DEFAULTS = {"required": True, "choices": "", "default_value": "", "help_text": ""}

FOOTER_LINKS = {
    "accessibility_page": "accessibility-statement",
    "cookies_page": "cookies",
    "privacy_page": "privacy",
    "contact_page": "contact",
    "open_data_page": "open-data",
}


def loader_owns(obj: Any) -> bool:
    """Whether the loader may still update ``obj``: its latest revision is the
    loader's own (no user), it is live, and nobody holds it locked or in moderation."""
    latest = obj.latest_revision
    return (
        latest is not None
        and latest.user_id is None
        and obj.live
        and not obj.has_unpublished_changes
        and not getattr(obj, "locked", False)
        and not obj.workflow_in_progress
    )


def publish(obj: Any) -> None:
    obj.save_revision().publish()


class PageLoader:
    def __init__(self, log: Log):
        self.log = log
        self.home = HomePage.objects.first()
        pages = Page.objects.none()
        if self.home is not None:
            pages = Page.objects.descendant_of(self.home, inclusive=True)
        self.refs = data.Refs(
            pages=pages.values_list("slug", "pk"),
            services={slug: str(pk) for slug, pk in Service.objects.values_list("slug", "pk")},
        )
        self.by_slug: dict[str, Page] = {}
        self.created: set[int] = set()
        # Pages that named a page made later in the run: loaded again at the end.
        self.again: list[tuple[Page, dict]] = []

    def values(self, model: type[Page], spec: dict) -> dict[str, Any]:
        """The model's field values from ``spec``: streams as JSON, slugs as ids."""
        values = {}
        for name, value in spec.items():
            if name in NOT_FIELDS:
                continue
            field = model._meta.get_field(name)
            if isinstance(field, StreamField):
                value = data.stream_json(field, value, self.refs)
            values[name] = value
        return values

    def differs(self, page: Page, values: dict[str, Any], form_fields: list[dict] | None) -> bool:
        for name, value in values.items():
            field = page._meta.get_field(name)
            if isinstance(field, StreamField):
                if data.comparable(field, getattr(page, name)) != data.comparable(field, value):
                    return True
            elif getattr(page, name) != value:
                return True
        if form_fields is not None:
            keys = ["label", "field_type", *FORM_FIELD_DEFAULTS]
            have = [{key: getattr(f, key) for key in keys} for f in page.form_fields.all()]
            return have != [{**FORM_FIELD_DEFAULTS, **f} for f in form_fields]
        return False

    def load(self, parent: Page, spec: dict, *, last: bool = False) -> Page:
        """Create or update the page ``spec`` describes, then its children.

        A page that names a page not made yet is made without that link and
        loaded again at the end (``last``), when the page it names exists.
        """
        model = PAGE_TYPES[spec["type"]]
        missing_before = len(self.refs.missing)
        values = self.values(model, spec)
        links_ahead = len(self.refs.missing) > missing_before
        form_fields = spec.get("form_fields")

        if model is HomePage:
            page = HomePage.objects.first()
        else:
            page = parent.get_children().filter(slug=spec["slug"]).specific().first()
        if page is None:
            page = model(**values)
            if form_fields is not None:
                page.form_fields = [
                    PledgeFormField(sort_order=i, **f) for i, f in enumerate(form_fields)
                ]
            if model is HomePage:
                add_home_page(page)
                self.home = page
            else:
                parent.add_child(instance=page)
            publish(page)
            self.created.add(page.pk)
            self.log(f"Created {page._meta.verbose_name} '{page.title}'")
        elif (
            (last or not links_ahead)
            and loader_owns(page)
            and self.differs(page, values, form_fields)
        ):
            for name, value in values.items():
                setattr(page, name, value)
            if form_fields is not None:
                page.form_fields = [
                    PledgeFormField(sort_order=i, **f) for i, f in enumerate(form_fields)
                ]
            publish(page)
            if page.pk not in self.created:
                self.log(f"Updated {page._meta.verbose_name} '{page.title}'")

        self.by_slug[spec["slug"]] = page
        self.refs.pages[spec["slug"]] = page.pk
        if links_ahead and not last:
            self.again.append((parent, spec))
        for child in spec.get("children", []):
            self.load(page, child)
        return page

    def load_file(self, specs: list[dict]) -> None:
        for spec in specs:
            if "parent" in spec:
                parent = self.by_slug.get(spec["parent"]) or (
                    Page.objects.descendant_of(self.home).filter(slug=spec["parent"]).first()
                )
                if parent is None:
                    continue
            else:
                parent = self.home
            self.load(parent, spec)

    def load_links_ahead(self) -> None:
        """Pages again, now that the pages they link to exist."""
        for parent, spec in self.again:
            self.load(parent, {**spec, "children": []}, last=True)


def add_home_page(home: HomePage) -> None:
    """Add the one HomePage as the default site's root (replacing Wagtail's welcome page)."""
    root = Page.get_first_root_node()
    welcome = root.get_children().filter(slug="home").first()
    if welcome is not None:
        # Keep the Site row while its welcome page goes (Site.root_page cascades).
        Site.objects.filter(root_page=welcome).update(root_page=root)
        welcome.delete()

    root.add_child(instance=home)

    # The demo site answers where the admin says it lives (DJANGO_BASE_URL), so
    # the sitemap and "view live" links carry the right host.
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.root_page = home
    site.site_name = "Staffordshire and Stoke-on-Trent SEND Local Offer"
    if site.pk is None or (site.hostname, site.port) == ("localhost", 80):
        site.hostname = base_url.hostname or "localhost"
        site.port = base_url.port or (443 if base_url.scheme == "https" else 80)
    site.save()


def spread(start: datetime.date, end: datetime.date, count: int) -> list[datetime.datetime]:
    """``count`` midday times evenly across the period, so every one is inside it."""
    step = (end - start) / (count + 1)
    return [
        timezone.make_aware(datetime.datetime.combine(start + step * (i + 1), datetime.time(12)))
        for i in range(count)
    ]


def load_feedback(spec: dict, log: Log) -> None:
    """Themes and example comments are added when missing; responses are kept as pages are."""
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for theme in spec["themes"]:
        if theme["slug"] not in themes:
            themes[theme["slug"]] = Theme.objects.create(**theme)
            log(f"Created theme '{theme['name']}'")

    comments = []
    for response in spec["responses"]:
        times = spread(response["period_start"], response["period_end"], len(response["comments"]))
        for comment, when in zip(response["comments"], times, strict=True):
            comments.append((response["theme"], Status.RESPONDED, when, comment))
    for comment in spec["not_for_publication"]:
        when = timezone.make_aware(datetime.datetime.combine(comment["date"], datetime.time(12)))
        comments.append((comment["theme"], comment["status"], when, comment))
    texts = [comment["comment"] for *_, comment in comments]
    existing = set(Comment.objects.filter(comment__in=texts).values_list("comment", flat=True))
    created = 0
    for theme, status, when, comment in comments:
        if comment["comment"] in existing:
            continue
        Comment.objects.create(
            kind=Kind.COMMENT,
            topic=comment["topic"],
            role=comment["role"],
            comment=comment["comment"],
            created_at=when,
            status=status,
        ).themes.add(themes[theme])
        created += 1
    if created:
        log(f"Created {created} example comments")

    bodies = {body.slug: body for body in ResponsibleBody.objects.all()}
    by_title = {response.title: response for response in ThemeResponse.objects.all()}
    for spec_response in spec["responses"]:
        values = {
            key: value
            for key, value in spec_response.items()
            if key not in {"theme", "partners", "comments"}
        }
        values["theme"] = themes[spec_response["theme"]]
        partners = {bodies[slug] for slug in spec_response["partners"]}
        response = by_title.get(spec_response["title"])
        if response is None:
            response, verb = ThemeResponse(**values), "Created"
        elif loader_owns(response) and (
            any(getattr(response, key) != value for key, value in values.items())
            or set(response.partners.all()) != partners
        ):
            for key, value in values.items():
                setattr(response, key, value)
            verb = "Updated"
        else:
            continue
        response.partners = list(partners)
        response.full_clean()
        response.save()
        publish(response)
        log(f"{verb} theme response '{response.title}'")


def set_footer_links(by_slug: dict[str, Page]) -> None:
    site_settings = SiteSettings.load()
    changed = False
    for field, slug in FOOTER_LINKS.items():
        if getattr(site_settings, f"{field}_id") is None and slug in by_slug:
            setattr(site_settings, field, by_slug[slug])
            changed = True
    if changed:
        site_settings.save()


@transaction.atomic
def load_demo_content(
    log: Log = lambda message: None,
    *,
    with_services: bool = True,
    postcodes_file: Path = data.DEMO_DIR / "postcodes.csv.gz",
) -> HomePage:
    """Load the demo: postcodes, services (unless told not to), feedback and pages.

    ``postcodes_file`` is the demo's whole table by default; the browser tests
    give a few rows of it, as loading 29,496 postcodes for each test is slow.
    """
    # Postcodes first, so demo locations without coordinates get their postcode's.
    if (postcodes := import_postcode_file_once(postcodes_file)) is not None:
        log(f"Loaded {postcodes.saved:,} demo postcodes")
    if with_services:
        load_services_demo(log)
    load_feedback(data.read(data.DEMO_DIR / "feedback.yaml"), log)

    pages = PageLoader(log)
    for path in data.page_files():
        pages.load_file(data.read(path))
    pages.load_links_ahead()

    set_footer_links(pages.by_slug)
    # Published through the loader's own saves; the vocabulary is made once, whole.
    rebuild_search_words()
    return pages.home
