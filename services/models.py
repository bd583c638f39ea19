"""The directory: services families can use, and the taxonomies that describe them.

A Service is a plain Django model edited in the Wagtail admin as a snippet, with
drafts, revisions, locking and the moderation workflow. Only live services are
ever public. IDs are UUIDs so they can travel as Open Referral UK ids.
"""

import calendar
import datetime
import re
import uuid
from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
    RegexValidator,
    validate_email,
)
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .postcodes import normalise_postcode
from .search import INDEXED_FIELDS, update_search_vectors

MINIMUM_AGE, MAXIMUM_AGE = 0, 25
AGE_VALIDATORS = [MinValueValidator(MINIMUM_AGE), MaxValueValidator(MAXIMUM_AGE)]
UK_POSTCODE = RegexValidator(
    r"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$", "Enter a UK postcode, like ST16 2LH."
)
DESCRIPTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]
# "Any need" as a term: a service's ``for_any_need``, not a Need (so no Need may
# take the slug). The Open Referral term and the API's filter use it.
ANY_NEED = "any-need"
# How a service can be given: the slug used in URLs and data, the Service field,
# and the label. The model, the directory's filter and the demo data all use it.
DELIVERY_METHODS = [
    ("in-person", "delivered_in_person", "In person"),
    ("online", "delivered_online", "Online"),
    ("telephone", "delivered_by_telephone", "By telephone"),
    ("home-visit", "delivered_at_home", "Home visits"),
]


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` later, or the month's last day when it has fewer days."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


class ReviewState(models.TextChoices):
    """Where an entry stands against its review date (days and grace in settings)."""

    FRESH = "fresh", "Fresh"
    DUE_SOON = "due-soon", "Due soon"
    OVERDUE = "overdue", "Overdue"

    @staticmethod
    def due_soon_until(today: datetime.date | None = None) -> datetime.date:
        """The last review date that counts as due soon."""
        today = today or timezone.localdate()
        return today + datetime.timedelta(days=settings.DIRECTORY_REVIEW_DUE_SOON_DAYS)

    @staticmethod
    def stale_before(today: datetime.date | None = None) -> datetime.date:
        """Entries due before this day are past the grace period."""
        return add_months(today or timezone.localdate(), -settings.DIRECTORY_REVIEW_GRACE_MONTHS)

    @classmethod
    def on(cls, review_due: datetime.date, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if review_due < today:
            return cls.OVERDUE
        if review_due <= cls.due_soon_until(today):
            return cls.DUE_SOON
        return cls.FRESH

    @classmethod
    def condition(cls, state: str, today: datetime.date | None = None) -> Q:
        """The same test as ``on``, as a query condition on ``review_due``."""
        today = today or timezone.localdate()
        until = cls.due_soon_until(today)
        return {
            cls.OVERDUE: Q(review_due__lt=today),
            cls.DUE_SOON: Q(review_due__gte=today, review_due__lte=until),
            cls.FRESH: Q(review_due__gt=until),
        }[state]


# ---------------------------------------------------------------------- taxonomies


class Taxonomy(models.Model):
    """Shared shape: a stable UUID for Open Referral, a slug for URLs and filters."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in web addresses.")
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Category(index.Indexed, Taxonomy):
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = "category"
        verbose_name_plural = "categories"

    # Category names are searchable words of their services.
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_search_vectors(Service.objects.filter(categories=self))

    def delete(self, *args, **kwargs):
        services = list(self.services.values_list("pk", flat=True))
        result = super().delete(*args, **kwargs)
        update_search_vectors(Service.objects.filter(pk__in=services))
        return result


class Need(index.Indexed, Taxonomy):
    """A special educational need or disability a service is designed for, in two
    levels: the SEND Code of Practice's four broad areas of need, and under each
    the specific needs families name (autism under communication and interaction).

    Choosing a broad area in the directory also finds the services for its
    specific needs; services for any need (``Service.for_any_need``) are found
    whichever needs are chosen.
    """

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        # A broad area with specific needs under it cannot be deleted by accident.
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        verbose_name="broad area",
        help_text="The broad area of need this specific need belongs to. "
        "Leave blank for a broad area itself.",
    )

    panels = [*Taxonomy.panels, FieldPanel("parent")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = "need"
        verbose_name_plural = "needs"

    # Need names are searchable words of their services, as category names are.
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        update_search_vectors(Service.objects.filter(needs=self))

    def delete(self, *args, **kwargs):
        services = list(self.services.values_list("pk", flat=True))
        result = super().delete(*args, **kwargs)
        update_search_vectors(Service.objects.filter(pk__in=services))
        return result

    @property
    def is_broad_area(self) -> bool:
        return self.parent_id is None

    def clean(self):
        """Two levels only: a broad area, or a specific need under one."""
        super().clean()
        if self.slug == ANY_NEED:
            raise ValidationError(
                {"slug": f"“{ANY_NEED}” is kept for services for any need. Choose another."}
            )
        if self.parent_id is None:
            return
        if self.parent_id == self.pk:
            raise ValidationError({"parent": "A need cannot be its own broad area."})
        if self.parent.parent_id is not None:
            raise ValidationError(
                {"parent": "Choose a broad area: a specific need cannot have needs under it."}
            )
        if Need.objects.filter(parent_id=self.pk).exists():
            raise ValidationError(
                {
                    "parent": "This is a broad area with specific needs under it. "
                    "Move them to another broad area first."
                }
            )


class NeedCheckboxes(forms.CheckboxSelectMultiple):
    """The needs as checkboxes grouped under their broad areas: each group is
    headed by its broad area, which is also the group's first choice."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        broad, specific = [], {}
        for _, options, _ in groups:
            for option in options:
                need = getattr(option["value"], "instance", None)
                if need is None or need.parent_id is None:
                    broad.append(option)
                else:
                    specific.setdefault(need.parent_id, []).append(option)
        grouped = []
        for number, option in enumerate(broad):
            need = getattr(option["value"], "instance", None)
            children = specific.pop(need.pk, []) if need is not None else []
            if children:
                option = {**option, "label": f"{option['label']} (the whole area)"}
            grouped.append((str(need) if children else None, [option, *children], number))
        # Specific needs whose broad area is not a choice: listed on their own.
        grouped += [
            (None, options, len(grouped) + n) for n, options in enumerate(specific.values())
        ]
        return grouped


class ResponsibleBody(index.Indexed, Taxonomy):
    website = models.URLField(blank=True)

    panels = [*Taxonomy.panels, FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = "responsible body"
        verbose_name_plural = "responsible bodies"


class Area(index.Indexed, Taxonomy):
    ons_code = models.CharField(
        "ONS code",
        max_length=9,
        blank=True,
        db_index=True,
        help_text="The ONS local authority district code, like E07000197 for Stafford. "
        "Postcodes in that district belong to this area.",
    )

    panels = [*Taxonomy.panels, FieldPanel("ons_code")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(Taxonomy.Meta):
        verbose_name = "area"
        verbose_name_plural = "areas"


def postcode_key(text: str) -> str:
    return normalise_postcode(text or "") or ""


def postcode_coordinates(postcodes) -> dict[str, tuple]:
    """Postcodes in our table, in standard form, with (latitude, longitude) as stored
    on a location (decimals to 6 places)."""
    keys = {postcode_key(postcode) for postcode in postcodes} - {""}
    if not keys:
        return {}
    rows = Postcode.objects.filter(postcode__in=keys).values_list(
        "postcode", "latitude", "longitude"
    )
    return {
        postcode: (Decimal(f"{latitude:.6f}"), Decimal(f"{longitude:.6f}"))
        for postcode, latitude, longitude in rows
    }


class Postcode(models.Model):
    """A UK postcode's location and district, loaded by ``import_postcodes``.

    No geocoding service is called at run time: places are looked up here.
    """

    postcode = models.CharField(max_length=8, primary_key=True, help_text='Like "ST4 1AA".')
    latitude = models.FloatField()
    longitude = models.FloatField()
    district_code = models.CharField(
        max_length=9, blank=True, db_index=True, help_text="ONS local authority district code."
    )

    class Meta:
        ordering = ["postcode"]

    def __str__(self) -> str:
        return self.postcode


class Organisation(index.Indexed, models.Model):
    """Who delivers a service, when that is not the responsible body itself."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, max_length=5_000)
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = "provider organisation"

    def __str__(self) -> str:
        return self.name


# ---------------------------------------------------------------------- service
# Addresses under /services/ that are pages of their own, never a service's.
RESERVED_SLUGS = frozenset({"map", "my-list"})


def validate_service_slug(value: str) -> None:
    if value in RESERVED_SLUGS:
        raise ValidationError(
            "“%(value)s” is the address of another page. Choose another.",
            code="reserved",
            params={"value": value},
        )


class Service(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ClusterableModel,
):
    """One thing a family can use: who it is for, how to get it, where and when."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        validators=[validate_service_slug],
        help_text="The end of its web address: /services/<slug>/",
    )
    summary = models.TextField(
        max_length=300, help_text="One or two plain sentences, shown in search results."
    )
    # Text fields' max_length bounds the editor's form and every import alike:
    # far above any real entry (the demo's longest description is under 600
    # characters) and small enough that a service's search document stays well
    # below PostgreSQL's 1 MB tsvector limit. The editor counts this one's text,
    # an import its HTML.
    description = RichTextField(features=DESCRIPTION_FEATURES, blank=True, max_length=20_000)

    minimum_age = models.PositiveSmallIntegerField(default=MINIMUM_AGE, validators=AGE_VALIDATORS)
    maximum_age = models.PositiveSmallIntegerField(default=MAXIMUM_AGE, validators=AGE_VALIDATORS)
    categories = ParentalManyToManyField(Category, related_name="services")
    responsible_body = models.ForeignKey(
        ResponsibleBody, on_delete=models.PROTECT, related_name="services"
    )
    provider = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text="Leave blank when the responsible body delivers it itself.",
    )
    needs = ParentalManyToManyField(
        Need,
        blank=True,
        related_name="services",
        help_text="The needs it is designed for. Tick a broad area for support across the "
        "whole area; a family who chooses that area also finds the services for its "
        "specific needs.",
    )
    for_any_need = models.BooleanField(
        "any need",
        default=False,
        help_text="Tick when it is for children and young people with any special "
        "educational need or disability: it is found whichever needs a family chooses.",
    )
    areas = ParentalManyToManyField(
        Area,
        blank=True,
        related_name="services",
        help_text="Where it is available. Choose none if it is available everywhere.",
    )
    eligibility = models.TextField(
        blank=True, max_length=5_000, help_text="Who it is for, in plain words."
    )

    is_free = models.BooleanField(
        "free", default=True, help_text="Untick when families pay, and say what it costs."
    )
    cost_description = models.TextField(
        "what it costs",
        blank=True,
        max_length=2_000,
        help_text="What families pay and who pays, when it is not free.",
    )

    delivered_in_person = models.BooleanField("in person", default=True)
    delivered_online = models.BooleanField("online", default=False)
    delivered_by_telephone = models.BooleanField("by telephone", default=False)
    delivered_at_home = models.BooleanField("home visits", default=False)

    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    website = models.URLField(blank=True)
    opening_times_notes = models.TextField(
        blank=True,
        max_length=2_000,
        help_text="Anything the weekly times do not say, like school holidays.",
    )

    last_reviewed = models.DateField(
        default=timezone.localdate, help_text="When someone last checked this entry is correct."
    )
    review_interval_months = models.PositiveSmallIntegerField(
        "months between reviews",
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text="How often someone checks this entry: 12 is once a year.",
    )
    review_due = models.DateField(editable=False, db_index=True)
    owner_email = models.EmailField(
        "owner's email",
        blank=True,
        help_text="Who is reminded to check this entry when its review is due. "
        "Leave blank to remind the Local Offer team.",
    )
    # Full-text search on PostgreSQL (services/search.py); unused elsewhere.
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="service")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="service",
        for_concrete_model=False,
    )

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("summary", boost=2),
        index.AutocompleteField("summary"),
        index.SearchField("description"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("needs", [index.SearchField("name")]),
        index.FilterField("live"),
        index.FilterField("responsible_body"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("summary"),
                    FieldPanel("description"),
                    FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("responsible_body"),
                    FieldPanel("provider"),
                ],
                heading="About",
            ),
            ObjectList(
                [
                    FieldRowPanel(
                        [FieldPanel("minimum_age"), FieldPanel("maximum_age")],
                        heading="Ages (0 to 25)",
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("needs", widget=NeedCheckboxes),
                            FieldPanel("for_any_need"),
                        ],
                        heading="Needs it supports",
                    ),
                    FieldPanel("eligibility"),
                    FieldPanel("areas"),
                    MultiFieldPanel(
                        [FieldPanel("is_free"), FieldPanel("cost_description")], heading="Cost"
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("delivered_in_person"),
                            FieldPanel("delivered_online"),
                            FieldPanel("delivered_by_telephone"),
                            FieldPanel("delivered_at_home"),
                        ],
                        heading="How it is given",
                    ),
                ],
                heading="Who and where",
            ),
            ObjectList(
                [
                    InlinePanel(
                        "referral_routes",
                        heading="Referral routes",
                        label="referral route",
                        min_num=1,
                    )
                ],
                heading="How to get it",
            ),
            ObjectList(
                [
                    FieldPanel("phone"),
                    FieldPanel("email"),
                    FieldPanel("website"),
                    InlinePanel("locations", heading="Where to go", label="location"),
                    InlinePanel("opening_times", heading="Opening times", label="opening time"),
                    FieldPanel("opening_times_notes"),
                ],
                heading="Contact and locations",
            ),
            ObjectList(
                [
                    FieldPanel("last_reviewed"),
                    FieldPanel("review_interval_months"),
                    FieldPanel("owner_email"),
                ],
                heading="Review",
            ),
        ]
    )

    class Meta:
        ordering = ["name"]
        verbose_name = "service"
        constraints = [
            models.CheckConstraint(
                condition=Q(minimum_age__gte=MINIMUM_AGE)
                & Q(maximum_age__lte=MAXIMUM_AGE)
                & Q(minimum_age__lte=F("maximum_age")),
                name="service_age_range_within_0_to_25",
            )
        ]
        indexes = [
            # The directory's default order: its first page without sorting every row.
            models.Index(fields=["name"], name="service_live_name", condition=Q(live=True)),
            # Created on PostgreSQL only (migration 0003).
            GinIndex(fields=["search_vector"], name="service_search_vector_gin"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def revisions(self):
        return self._revisions

    def get_absolute_url(self) -> str:
        return reverse("services:detail", args=(self.slug,))

    def get_preview_template(self, request, mode_name):
        return "services/service_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"service": self, "is_preview": True}

    @property
    def age_range(self) -> str:
        if self.minimum_age == self.maximum_age:
            return f"Age {self.minimum_age}"
        return f"Ages {self.minimum_age} to {self.maximum_age}"

    @property
    def delivery_methods(self) -> list[str]:
        return [label for _, field, label in DELIVERY_METHODS if getattr(self, field)]

    def structured_data(self) -> dict:
        """schema.org description for search engines (JSON-LD)."""
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": self.name,
            "description": self.summary,
            "serviceOperator": {
                "@type": "GovernmentOrganization",
                "name": self.responsible_body.name,
            },
            "audience": {
                "@type": "PeopleAudience",
                "suggestedMinAge": self.minimum_age,
                "suggestedMaxAge": self.maximum_age,
            },
            "areaServed": [area.name for area in self.areas.all()]
            or ["Staffordshire", "Stoke-on-Trent"],
            "isAccessibleForFree": self.is_free,
        }
        if self.provider_id:
            data["provider"] = {"@type": "Organization", "name": self.provider.name}
        channel = {"@type": "ServiceChannel"}
        if self.phone:
            channel["servicePhone"] = {"@type": "ContactPoint", "telephone": self.phone}
        if self.website:
            channel["serviceUrl"] = self.website
        if len(channel) > 1:
            data["availableChannel"] = channel
        return data

    def clean(self):
        super().clean()
        errors = {}
        ages = (self.minimum_age, self.maximum_age)
        if None not in ages and ages[0] > ages[1]:
            errors["maximum_age"] = "The oldest age cannot be below the youngest."
        if not self.is_free and not self.cost_description.strip():
            errors["cost_description"] = "Say what it costs, or tick free."
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.review_due = add_months(self.last_reviewed, self.review_interval_months)
        super().save(*args, **kwargs)
        # After the save, when categories are written too. Saving only a
        # revision pointer (a draft) leaves the stored row, and so the vector.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or INDEXED_FIELDS.intersection(update_fields):
            update_search_vectors(Service.objects.filter(pk=self.pk))

    @property
    def review_state(self) -> str:
        return ReviewState.on(self.review_due)

    @property
    def is_review_overdue(self) -> bool:
        return self.review_state == ReviewState.OVERDUE

    @property
    def needs_checking(self) -> bool:
        """Overdue by more than the grace period: the public is told to check."""
        return self.review_due < ReviewState.stale_before()

    @property
    def reminder_email(self) -> str:
        return self.owner_email or settings.DIRECTORY_REVIEW_TEAM_EMAIL


class ReferralRoute(Orderable):
    """One way to get the service: who may refer, how, with what, and how long it takes."""

    class Kind(models.TextChoices):
        SELF = "self-referral", "Self-referral (the young person)"
        PARENT_CARER = "parent-carer", "Parent or carer"
        PROFESSIONAL = "professional", "Any professional"
        GP = "gp", "GP"
        SCHOOL = "school-senco", "School or SENCo"
        HEALTH_VISITOR = "health-visitor", "Health visitor"
        EHC_PLAN = "ehc-plan-only", "EHC plan only"

    class Method(models.TextChoices):
        FORM = "form", "Online form"
        EMAIL = "email", "Email"
        PHONE = "phone", "Phone"
        LETTER = "letter", "Letter"

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="referral_routes")
    kind = models.CharField("route", max_length=20, choices=Kind.choices)
    who_can_refer = models.TextField(
        max_length=5_000, help_text="Who may use this route, in plain words."
    )
    method = models.CharField("how", max_length=10, choices=Method.choices)
    contact = models.CharField(
        max_length=300,
        help_text="The form's web address, the email address, phone number or postal address.",
    )
    what_to_include = models.TextField(blank=True, max_length=5_000)
    response_time = models.CharField(
        "typical response time",
        max_length=200,
        blank=True,
        help_text="For example: within 10 working days.",
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("method")]),
        FieldPanel("who_can_refer"),
        FieldPanel("contact"),
        FieldPanel("what_to_include"),
        FieldPanel("response_time"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "referral route"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.get_method_display().lower()}"

    def clean(self):
        super().clean()
        if self.method == self.Method.FORM and not self.contact.startswith(
            ("https://", "http://")
        ):
            raise ValidationError({"contact": "Enter the form's web address, starting https://"})
        if self.method == self.Method.EMAIL:
            try:
                validate_email(self.contact)
            except ValidationError:
                raise ValidationError(
                    {"contact": "Enter an email address, like referrals@example.org"}
                ) from None

    @property
    def form_url(self) -> str:
        """The online form's address, when the contact is a web address to link to."""
        is_web = self.contact.startswith(("https://", "http://"))
        return self.contact if self.method == self.Method.FORM and is_web else ""


class ServiceLocation(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(max_length=200)
    address = models.TextField(max_length=1_000)
    postcode = models.CharField(max_length=10, validators=[UK_POSTCODE])
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    accessibility = models.TextField(
        blank=True,
        max_length=2_000,
        help_text="Step-free access, parking, quiet rooms, hearing loops and so on.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("accessibility"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "location"
        # The directory's "near a postcode" box (services.places.bounding_box)
        # is a range on both: the index answers it without reading every row.
        indexes = [models.Index(fields=["latitude", "longitude"], name="location_lat_lon")]

    def __str__(self) -> str:
        return f"{self.name}, {self.postcode}"

    def save(self, *args, **kwargs):
        # Coordinates an editor typed are kept; without them, the postcode's.
        if self.latitude is None and self.longitude is None:
            ServiceLocation.fill_coordinates([self])
        elif self.pk is not None:
            self.follow_new_postcode()
        super().save(*args, **kwargs)

    def follow_new_postcode(self) -> None:
        """A new postcode moves coordinates that were the old postcode's, not typed ones."""
        before = (
            ServiceLocation.objects.filter(pk=self.pk)
            .values_list("postcode", "latitude", "longitude")
            .first()
        )
        if before is None or postcode_key(before[0]) == postcode_key(self.postcode):
            return
        if (before[1], before[2]) != (self.latitude, self.longitude):
            return  # typed with the new postcode
        if postcode_coordinates([before[0]]).get(postcode_key(before[0])) == before[1:]:
            self.latitude = self.longitude = None
            ServiceLocation.fill_coordinates([self])

    @staticmethod
    def fill_coordinates(locations) -> None:
        """Give locations without coordinates their postcode's, in one query."""
        missing = [row for row in locations if row.latitude is None and row.longitude is None]
        found = postcode_coordinates(row.postcode for row in missing)
        for row in missing:
            row.latitude, row.longitude = found.get(postcode_key(row.postcode), (None, None))


class OpeningTime(Orderable):
    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField("day", choices=Weekday.choices)
    opens = models.TimeField()
    closes = models.TimeField()

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = "opening time"
        constraints = [
            models.CheckConstraint(
                condition=Q(opens__lt=F("closes")), name="opening_time_opens_before_it_closes"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens:%H:%M} to {self.closes:%H:%M}"


class ReviewReminder(models.Model):
    """One entry named in one reminder email: so reruns do not remind again too soon."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="review_reminders")
    sent_to = models.EmailField()
    sent_at = models.DateTimeField(default=timezone.now)
    review_due = models.DateField(help_text="The review date the reminder was about.")

    class Meta:
        ordering = ["-sent_at"]
        indexes = [models.Index(fields=["service", "sent_at"], name="reminder_service_sent")]

    def __str__(self) -> str:
        return f"{self.service} to {self.sent_to} on {self.sent_at:%d/%m/%Y}"


# ---------------------------------------------------------------------- search


def split_synonyms(text: str) -> list[str]:
    """Phrases separated by commas or new lines, spaces collapsed, empty ones dropped."""
    return [" ".join(part.split()) for part in re.split(r"[,\n]", text or "") if part.strip()]


class SearchSynonym(index.Indexed, models.Model):
    """A word or phrase and others that mean the same here: each of them finds
    what any of them would, or (not ``both_ways``) the word or phrase finds what
    the others would (``services.query``). Kept by Moderators."""

    term = models.CharField(
        "word or phrase",
        max_length=100,
        unique=True,
        help_text="What people type, such as EHCP or OT. Capitals do not matter.",
    )
    synonyms = models.TextField(
        "means the same as",
        max_length=1000,
        help_text="Other words or phrases with the same meaning here, separated by commas, "
        "such as: EHC plan, education health and care plan. A search for any of them finds "
        "pages and services that use any of them.",
    )

    both_ways = models.BooleanField(
        "works both ways",
        default=True,
        help_text="Untick when only the word or phrase should find the others, not the "
        "other way round: “talking” should find “speech”, but a search for speech "
        "should not find every page that says talk.",
    )

    panels = [FieldPanel("term"), FieldPanel("synonyms"), FieldPanel("both_ways")]
    search_fields = [
        index.SearchField("term"),
        index.AutocompleteField("term"),
        index.SearchField("synonyms"),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "search synonym"
        verbose_name_plural = "search synonyms"

    def __str__(self) -> str:
        return self.term

    @property
    def phrases(self) -> list[str]:
        return [self.term, *split_synonyms(self.synonyms)]

    def clean(self) -> None:
        self.term = " ".join(self.term.split())
        if not any(char.isalnum() for char in self.term):
            raise ValidationError({"term": "Enter a word or phrase with letters or numbers."})
        others = [
            phrase for phrase in split_synonyms(self.synonyms) if any(map(str.isalnum, phrase))
        ]
        if not others:
            raise ValidationError({"synonyms": "Enter at least one word or phrase."})
        if len(others) > 20:
            raise ValidationError({"synonyms": "Enter 20 words or phrases at most."})
        self.synonyms = ", ".join(others)


class SearchWord(models.Model):
    """A word used in published content, with how many pages and services use
    it: the vocabulary spelling suggestions are chosen from."""

    word = models.CharField(max_length=40, primary_key=True)
    documents = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word


class DirectoryGeneration(models.Model):
    """The directory's generation (``services.cache``): one row whose token is
    replaced, in the transaction that makes the change, whenever anything the
    directory shows changes. Cached pages and counts carry the token they were
    built in; every process reads it from here (or Redis's copy of it, set
    after each commit), so a change made anywhere (an editor, ``import_oruk``,
    cron, another server) shows on the next request after it commits, and not
    before."""

    ROW = 1

    id = models.PositiveSmallIntegerField(primary_key=True, default=ROW, editable=False)
    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "directory generation"

    def __str__(self) -> str:
        return self.token
