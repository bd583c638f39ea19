"""The directory's filters: every query parameter of /services/, validated.

Within a group, choices combine with OR (education or health); groups combine
with AND. Invalid input never widens the results: the form reports what is
wrong and the list is empty until it is fixed (django-filter's strict mode).
"""

import re
from functools import cached_property

import django_filters
from django import forms
from django.db.models import Q, QuerySet

from .models import (
    DELIVERY_METHODS,
    MAXIMUM_AGE,
    MINIMUM_AGE,
    Area,
    Category,
    Need,
    ReferralRoute,
    ResponsibleBody,
    Service,
)
from .places import DISTANCE_CHOICES
from .postcodes import normalise_postcode
from .selectors import (
    Place,
    SearchPlan,
    postcode_place,
    search_plan,
    service_for_ages,
    service_near,
)

MAX_QUERY_LENGTH = 200
# The filter groups whose options show how many results each would give.
FACET_GROUPS = ("category", "need", "body", "area", "referral", "delivery", "free")

DELIVERY_CHOICES = [(slug, label) for slug, _, label in DELIVERY_METHODS]
DELIVERY_FIELDS = {slug: field for slug, field, _ in DELIVERY_METHODS}
# Age groups: services for anyone in the band. The home page's entry points,
# and the first choices of the one age control.
AGE_BANDS = [
    ("0-4", "0 to 4"),
    ("5-10", "5 to 10"),
    ("11-15", "11 to 15"),
    ("16-18", "16 to 18"),
    ("19-25", "19 to 25"),
]
BAND_LABELS = dict(AGE_BANDS)
BAND_RANGES = {slug: tuple(int(part) for part in slug.split("-")) for slug in BAND_LABELS}
AGE_YEARS = [("0", "Under 1")] + [
    (str(years), str(years)) for years in range(MINIMUM_AGE + 1, MAXIMUM_AGE + 1)
]
AGE_CHOICES = [("", "Any age"), ("Age groups", AGE_BANDS), ("Age in years", AGE_YEARS)]
AGE_ERROR = "Enter an age as a whole number from 0 to 25, like 7, or choose an age group."
AGE_RANGE_ERROR = "Enter an age from 0 to 25. The Local Offer is for people up to 25."
AGE_BAND_ERROR = "Choose an age group from the list."
# A whole number as it is written plainly: ASCII digits, no leading zero or plus.
WHOLE_NUMBER = re.compile(r"-?[1-9][0-9]*|0")
# Longer than any number we take; longer input is not read further.
NUMBER_MAX_LENGTH = 20
# Only these are trimmed round a number ("+" in an address is a space).
ASCII_SPACE = " \t\n\r\f\v"
# The deepest page any listing answers: the directory, the finder, the map,
# search and the API. 200,000 services at 20 a page, 2 million through the API
# at 200; past it, a 400, so no page number can reach the database as an
# offset it cannot hold.
MAX_PAGE = 10_000
PAGE_ERROR = f"Page numbers are whole numbers from 1 to {MAX_PAGE:,}."
SORT_CHOICES = [
    ("nearest", "Nearest first"),
    ("relevance", "Best match"),
    ("name", "Name"),
    ("reviewed", "Recently reviewed"),
]
POSTCODE_ERROR = "Enter a real postcode, like ST4 1AA"
# Longer than any postcode written with spaces; longer input is not one.
POSTCODE_MAX_LENGTH = 16
DISTANCE_FILTER_CHOICES = [
    (str(miles), f"Within {miles} mile{'' if miles == 1 else 's'}") for miles in DISTANCE_CHOICES
]


def whole_number(value: str) -> int | None:
    """``value`` as a number when it is a whole number written plainly in ASCII
    digits ("7", "0", "-3"), else None. Python's ``int()`` (and so Django's
    IntegerField) also takes "7.0", "+7", "1_0", " 7" and other scripts' digits
    ("٧", "７"); none of those is a number here."""
    if len(value) > NUMBER_MAX_LENGTH or not WHOLE_NUMBER.fullmatch(value):
        return None
    return int(value)


class WholeNumberField(forms.IntegerField):
    """An IntegerField for query parameters: a whole number in ASCII digits
    (``whole_number``), ASCII spaces round it trimmed. ``message``, if given,
    answers every failure (not a number, too small, too big), so the rule is
    said once and whole ("Enter a whole number from 1 to 200.")."""

    def __init__(self, *, message: str | None = None, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        if message:
            for code in ("invalid", "min_value", "max_value", "required"):
                self.error_messages[code] = message

    def to_python(self, value) -> int | None:
        if value in self.empty_values:
            return None
        text = str(value).strip(ASCII_SPACE)
        if not text:
            return None
        number = whole_number(text)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class PageField(WholeNumberField):
    """``page``: 1 to ``MAX_PAGE``; none means the first page."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("message", PAGE_ERROR)
        super().__init__(min_value=1, max_value=MAX_PAGE, **kwargs)


class PageNumberForm(forms.Form):
    """A public listing's form with its ``page``: a number out of bounds is a
    400 with the page's error summary; a page past the last is the last page
    (Django's ``Paginator.get_page``). The page says where in the results, not
    which results, so it is kept out of ``cleaned_data`` (facet counts and
    "searches that found nothing" never see it) as ``page_number``."""

    page = PageField()
    page_number = 1

    def clean(self):
        cleaned = super().clean()
        self.page_number = cleaned.pop("page", None) or 1
        if errors := self.errors.pop("page", None):
            # No control on the page shows its number: the message goes on top.
            self.add_error(None, errors.as_data())
        return cleaned


class PostcodeField(forms.CharField):
    """A UK postcode we hold coordinates for, cleaned to ``ST4 1AA``. Malformed,
    unknown, too long or holding a NUL: one GOV.UK message, never a 500. The
    place it names is kept as ``place`` (one query)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", POSTCODE_MAX_LENGTH)
        kwargs.setdefault(
            "error_messages",
            {"max_length": POSTCODE_ERROR, "null_characters_not_allowed": POSTCODE_ERROR},
        )
        super().__init__(*args, **kwargs)
        self.place: Place | None = None

    def clean(self, value):
        value = super().clean(value)
        self.place = None
        if not value:
            return ""
        postcode = normalise_postcode(value)
        if postcode is None:
            raise forms.ValidationError(POSTCODE_ERROR, code="invalid")
        self.place = postcode_place(postcode=postcode)
        if self.place is None:
            raise forms.ValidationError(POSTCODE_ERROR, code="unknown")
        return self.place.postcode


class PostcodeFilter(django_filters.CharFilter):
    field_class = PostcodeField


def age_range(value: str) -> tuple[int, int]:
    """The youngest and oldest ages a cleaned ``age`` covers: ``"7"`` is 7 to 7."""
    return BAND_RANGES.get(value) or (int(value), int(value))


def age_label(value: str) -> str:
    """A cleaned ``age`` in words: "Age 7", "Age under 1", "Ages 5 to 10"."""
    if value in BAND_RANGES:
        return f"Ages {BAND_LABELS[value]}"
    return "Age under 1" if value == "0" else f"Age {value}"


class AgeField(forms.ChoiceField):
    """The child's age in whole years (``"0"`` to ``"25"``) or an age group
    (``"5-10"``): one control, so an age and a group can never contradict each
    other. Only those spellings; anything else gets one of two plain messages."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", AGE_CHOICES)
        super().__init__(*args, **kwargs)

    def to_python(self, value) -> str:
        return super().to_python(value).strip(ASCII_SPACE)

    def validate(self, value: str) -> None:
        forms.Field.validate(self, value)
        if not value or self.valid_value(value):
            return
        if whole_number(value) is not None:
            raise forms.ValidationError(AGE_RANGE_ERROR, code="out_of_range")
        raise forms.ValidationError(AGE_ERROR, code="invalid")


class AgeFilter(django_filters.Filter):
    field_class = AgeField


class ServiceFilterForm(PageNumberForm):
    """The directory's form, and its ``page``. ``ages``, the age control's old
    name (bookmarks, older links), is read as ``age`` and is never a control of
    its own: both may arrive only if they agree, and then the narrower one is used."""

    ages = forms.Field(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        band = (cleaned.pop("ages", None) or "").strip(ASCII_SPACE)
        if not band or self.has_error("age"):
            return cleaned
        if band not in BAND_RANGES:
            self.add_error("age", AGE_BAND_ERROR)
            return cleaned
        if not (age := cleaned.get("age")):
            cleaned["age"] = band
            return cleaned
        (youngest, oldest), (low, high) = age_range(age), BAND_RANGES[band]
        if low <= youngest and oldest <= high:
            return cleaned  # the same group, or an age in it: the narrower is kept
        if age in BAND_RANGES:
            message = (
                f"The age groups {BAND_LABELS[age]} and {BAND_LABELS[band]} are different. "
                "Choose one age group."
            )
        else:
            message = (
                f"{age_label(age)} is not in the age group {BAND_LABELS[band]}. "
                "Choose an age or an age group, not both."
            )
        self.add_error("age", message)
        return cleaned

    @property
    def selected_age(self) -> str:
        """The choice the age control shows: the age used, or else what was sent."""
        if "age" in getattr(self, "cleaned_data", {}):
            return self.cleaned_data["age"]
        return self["age"].value() or self["ages"].value() or ""


class SlugChoiceFilter(django_filters.ModelMultipleChoiceFilter):
    """Choose taxonomy terms by slug, with a message that names the bad value."""

    def __init__(self, *args, label_plural: str, **kwargs):
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("method", "filter_by_related")
        super().__init__(*args, **kwargs)
        self.extra["error_messages"] = {
            "invalid_choice": (
                f"“%(value)s” is not one of the {label_plural}. Choose from the list."
            )
        }


class NeedBoundField(forms.BoundField):
    """The needs' checkboxes, grouped for the filter panel."""

    @property
    def groups(self) -> list[tuple]:
        """Each broad area's option with its specific needs' options, in the
        editors' order (the field's queryset: no query of its own)."""
        broad, specific = [], {}
        for option in self:
            need = option.data["value"].instance
            if need.parent_id is None:
                broad.append(option)
            else:
                specific.setdefault(need.parent_id, []).append(option)
        return [(option, specific.get(option.data["value"].instance.pk, [])) for option in broad]


class NeedChoiceField(django_filters.fields.ModelMultipleChoiceField):
    def get_bound_field(self, form, field_name):
        return NeedBoundField(form, self, field_name)


class NeedFilter(SlugChoiceFilter):
    """Needs by slug. A broad area also finds its specific needs' services, and
    services for any need are found whichever needs are chosen."""

    field_class = NeedChoiceField


class ServiceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_words",
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": f"Search words must be {MAX_QUERY_LENGTH} characters or fewer."
        },
    )
    age = AgeFilter(label="Age of the child or young person", method="filter_age")
    category = SlugChoiceFilter(
        label="Type of support",
        queryset=Category.objects.all(),
        field_name="categories",
        label_plural="types of support",
    )
    need = NeedFilter(
        label="Needs it supports",
        queryset=Need.objects.all(),
        field_name="needs",
        method="filter_need",
        label_plural="needs",
    )
    body = SlugChoiceFilter(
        label="Responsible body",
        queryset=ResponsibleBody.objects.all(),
        field_name="responsible_body",
        label_plural="responsible bodies",
    )
    area = SlugChoiceFilter(
        label="Area",
        queryset=Area.objects.all(),
        field_name="areas",
        method="filter_area",
        label_plural="areas",
    )
    referral = django_filters.MultipleChoiceFilter(
        label="Who can refer",
        choices=ReferralRoute.Kind.choices,
        method="filter_referral",
        widget=forms.CheckboxSelectMultiple,
    )
    delivery = django_filters.MultipleChoiceFilter(
        label="How it is given",
        choices=DELIVERY_CHOICES,
        method="filter_delivery",
        widget=forms.CheckboxSelectMultiple,
    )
    free = django_filters.BooleanFilter(
        label="Free services only", method="filter_free", widget=forms.CheckboxInput
    )
    postcode = PostcodeFilter(label="Postcode", method="filter_postcode")
    distance = django_filters.ChoiceFilter(
        label="Distance",
        choices=DISTANCE_FILTER_CHOICES,
        method="filter_distance",
        empty_label="Any distance",
        error_messages={"invalid_choice": "Choose a distance from the list."},
    )

    class Meta:
        model = Service
        fields = []
        form = ServiceFilterForm

    facet_groups = FACET_GROUPS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("referral", "delivery"):
            self.form.fields[name].error_messages["invalid_choice"] = (
                "“%(value)s” is not a choice here. Choose from the list."
            )

    # ------------------------------------------------------------------ filters
    @cached_property
    def search_plan(self) -> SearchPlan:
        """How the search words are answered (``selectors.search_plan``): decided
        once, so the results and every facet count agree."""
        return search_plan(self.form.cleaned_data.get("q") or "")

    def filter_words(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return self.search_plan.services(queryset)

    def filter_age(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        youngest, oldest = age_range(value)
        return service_for_ages(queryset=queryset, youngest=youngest, oldest=oldest)

    # The facet groups' filters are conditions (``Q``), so facet counting can
    # ask for each one as a column of a single scan (``facet_conditions``).
    def filter_by_related(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.related_condition(name, value)) if value else queryset

    def related_condition(self, name: str, value) -> Q:
        field = Service._meta.get_field(name)
        if not field.many_to_many:
            return Q(**{f"{name}__in": value})
        # A subquery on the link table, so a service in two chosen categories
        # is still listed once, without joining services to itself.
        through = field.remote_field.through
        linked = through.objects.filter(**{f"{field.m2m_reverse_field_name()}__in": value})
        return Q(pk__in=linked.values(field.m2m_field_name()))

    def filter_need(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.need_condition(value)) if value else queryset

    def need_condition(self, value) -> Q:
        """Services for a chosen need or a specific need under a chosen broad
        area, and services for any need."""
        links = Service.needs.through.objects.filter(Q(need__in=value) | Q(need__parent__in=value))
        return Q(pk__in=links.values("service_id")) | Q(for_any_need=True)

    def filter_area(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.area_condition(value)) if value else queryset

    def area_condition(self, value) -> Q:
        """Services in any chosen area, and those available everywhere (no areas)."""
        through = Service.areas.through
        in_area = through.objects.filter(area__in=value).values("service_id")
        anywhere = ~Q(pk__in=through.objects.values("service_id"))
        return Q(pk__in=in_area) | anywhere

    def filter_referral(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.referral_condition(value)) if value else queryset

    def referral_condition(self, value) -> Q:
        return Q(pk__in=ReferralRoute.objects.filter(kind__in=value).values("service_id"))

    def filter_delivery(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.delivery_condition(value)) if value else queryset

    def delivery_condition(self, value) -> Q:
        condition = Q()
        for choice in value:
            condition |= Q(**{DELIVERY_FIELDS[choice]: True})
        return condition

    def filter_free(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self.free_condition(value)) if value else queryset

    def free_condition(self, value) -> Q:
        return Q(is_free=True)

    # ------------------------------------------------------------ near a postcode
    @property
    def place(self) -> Place | None:
        """Where the valid postcode is, or None without one."""
        if not self.is_valid() or not self.form.cleaned_data.get("postcode"):
            return None
        return self.form.fields["postcode"].place

    @property
    def distance_miles(self) -> int | None:
        """The radius chosen, in whole miles; None for any distance."""
        if not self.is_valid() or not (miles := self.form.cleaned_data.get("distance")):
            return None
        return int(miles)

    def filter_postcode(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Services within the distance of the postcode, and those that come to
        you or work online or by phone where it is (``selectors.service_near``)."""
        if not value or self.place is None:
            return queryset
        return service_near(queryset, place=self.place, miles=self.distance_miles)

    def filter_distance(self, queryset: QuerySet, name: str, value) -> QuerySet:
        # The radius of the postcode's filter; alone, it means nothing.
        return queryset

    # ------------------------------------------------------------------ facets
    def in_use(self, name: str, value) -> bool:
        # A choice field's value is a queryset its validation already read.
        return name in self.filters and bool(value)

    def queryset_without(self, *names: str) -> QuerySet:
        """The results with every filter applied except ``names``: for facet counts."""
        queryset = self.queryset
        for name, value in self.form.cleaned_data.items():
            if name not in names and self.in_use(name, value):
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def facet_conditions(self) -> dict[str, Q]:
        """Each facet group in use (``FACET_GROUPS``), as the condition its filter
        applies: ``queryset_without(*FACET_GROUPS)`` filtered by all of them is
        the results."""
        conditions = {
            "category": lambda value: self.related_condition("categories", value),
            "body": lambda value: self.related_condition("responsible_body", value),
            "need": self.need_condition,
            "area": self.area_condition,
            "referral": self.referral_condition,
            "delivery": self.delivery_condition,
            "free": self.free_condition,
        }
        return {
            name: conditions[name](value)
            for name, value in self.form.cleaned_data.items()
            if name in FACET_GROUPS and self.in_use(name, value)
        }
