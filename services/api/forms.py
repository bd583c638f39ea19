"""Query parameters of the Open Referral API, validated: a bad one is a 400 naming it."""

import datetime
import math
import re

from django import forms
from django.core.exceptions import ValidationError

from .. import selectors
from ..filters import ASCII_SPACE, PageField, WholeNumberField
from ..models import (
    ANY_NEED,
    MAXIMUM_AGE,
    MINIMUM_AGE,
    Category,
    Need,
    Organisation,
    ResponsibleBody,
)
from ..oruk import ANY_NEED_TERM, TAXONOMIES
from ..postcodes import normalise_postcode

MAX_PER_PAGE = 200
DEFAULT_PER_PAGE = 50
# A bit more than the length of Great Britain: past that a radius means nothing.
MAX_PROXIMITY_METRES = 1_500_000
PROXIMITY_ERROR = f"Enter a distance in metres from 1 to {MAX_PROXIMITY_METRES:,}, like 5000."
# Metres as written plainly: ASCII digits, a decimal point and digits after it.
PLAIN_DECIMAL = re.compile(r"[0-9]{1,10}(\.[0-9]{1,6})?")
AGE_ERROR = f"Enter an age as a whole number from {MINIMUM_AGE} to {MAXIMUM_AGE}, like 7."
BOOLEAN = [("true", "true"), ("false", "false")]


class PageForm(forms.Form):
    """``page`` (1 to ``filters.MAX_PAGE``) and ``per_page`` (1 to 200), as
    ASCII whole numbers: ORUK's OpenAPI file says only "integer"."""

    page = PageField()
    per_page = WholeNumberField(
        min_value=1,
        max_value=MAX_PER_PAGE,
        message=f"Enter a whole number from 1 to {MAX_PER_PAGE}.",
    )
    search = forms.CharField(max_length=200, required=False)

    def window(self, total: int) -> dict:
        """The page asked for: a page past the end (up to ``MAX_PAGE``) is
        empty, not an error."""
        page = self.cleaned_data.get("page") or 1
        per_page = self.cleaned_data.get("per_page") or DEFAULT_PER_PAGE
        total_pages = max(1, math.ceil(total / per_page))
        start = (page - 1) * per_page
        # Past the end, no query at all: a huge page number must not reach the
        # database as an offset it cannot hold.
        window = slice(start, start + per_page) if start < total else slice(0, 0)
        return {
            "page": page,
            "per_page": per_page,
            "total_pages": total_pages,
            "slice": window,
        }


def truth(form: forms.Form, name: str) -> bool:
    return form.cleaned_data.get(name) == "true"


class ServiceListForm(PageForm):
    taxonomy_term_id = forms.UUIDField(required=False)
    taxonomy_id = forms.UUIDField(required=False)
    organization_id = forms.UUIDField(required=False)
    modified_after = forms.DateTimeField(required=False)
    minimum_age = WholeNumberField(min_value=MINIMUM_AGE, max_value=MAXIMUM_AGE, message=AGE_ERROR)
    maximum_age = WholeNumberField(min_value=MINIMUM_AGE, max_value=MAXIMUM_AGE, message=AGE_ERROR)
    full = forms.ChoiceField(choices=BOOLEAN, required=False)

    def clean_taxonomy_term_id(self):
        term_id = self.cleaned_data["taxonomy_term_id"]
        if term_id is None:
            return None
        if term_id == ANY_NEED_TERM.pk:
            return ANY_NEED  # services for any need (selectors.service_oruk_list)
        term = (
            Category.objects.filter(pk=term_id).first()
            or Need.objects.filter(pk=term_id).first()
            or ResponsibleBody.objects.filter(pk=term_id).first()
        )
        if term is None:
            raise ValidationError("No taxonomy term has this id.")
        return term

    def clean_taxonomy_id(self):
        taxonomy_id = self.cleaned_data["taxonomy_id"]
        if taxonomy_id is None:
            return None
        if str(taxonomy_id) not in TAXONOMIES:
            raise ValidationError("No taxonomy has this id.")
        return TAXONOMIES[str(taxonomy_id)][1]

    def clean_modified_after(self):
        # "9999-12-31T23:59:59-14:00" is a valid date and time that UTC cannot hold.
        value = self.cleaned_data["modified_after"]
        try:
            return value and value.astimezone(datetime.UTC)
        except OverflowError:
            raise ValidationError(
                "Enter a date and time from year 1 to 9999, like 2026-01-31T09:00:00Z."
            ) from None

    def clean_organization_id(self):
        org_id = self.cleaned_data["organization_id"]
        if org_id is None:
            return None
        if not (
            Organisation.objects.filter(pk=org_id).exists()
            or ResponsibleBody.objects.filter(pk=org_id).exists()
        ):
            raise ValidationError("No organization has this id.")
        return org_id

    def clean(self):
        data = super().clean()
        low, high = data.get("minimum_age"), data.get("maximum_age")
        if low is not None and high is not None and low > high:
            self.add_error("minimum_age", "minimum_age cannot be above maximum_age.")
        return data


class TaxonomyTermListForm(PageForm):
    taxonomy_id = forms.UUIDField(required=False)
    parent_id = forms.UUIDField(required=False)
    top_only = forms.ChoiceField(choices=BOOLEAN, required=False)

    def clean_taxonomy_id(self):
        taxonomy_id = self.cleaned_data["taxonomy_id"]
        if taxonomy_id is not None and str(taxonomy_id) not in TAXONOMIES:
            raise ValidationError("No taxonomy has this id.")
        return taxonomy_id


class MetresField(forms.FloatField):
    """Metres written plainly in ASCII digits, with decimals if need be; Python's
    ``float()`` would also take "1e3", "1_000", "nan" and other scripts' digits."""

    def __init__(self, **kwargs):
        super().__init__(min_value=1, max_value=MAX_PROXIMITY_METRES, required=False, **kwargs)
        for code in ("invalid", "min_value", "max_value"):
            self.error_messages[code] = PROXIMITY_ERROR

    def to_python(self, value) -> float | None:
        if value in self.empty_values:
            return None
        text = str(value).strip(ASCII_SPACE)
        if not text:
            return None
        if not PLAIN_DECIMAL.fullmatch(text):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return float(text)


class ServiceAtLocationListForm(ServiceListForm):
    """``/service_at_locations``: the service filters, and where. ``proximity`` is
    in metres, as ORUK 3.0's OpenAPI file says ("within meters from the centroid
    of the provided postcode"), and needs a ``postcode``."""

    postcode = forms.CharField(max_length=20, required=False)
    proximity = MetresField()
    format = forms.ChoiceField(choices=[("json", "json")], required=False)

    def clean_postcode(self):
        text = self.cleaned_data["postcode"].strip()
        if not text:
            return None
        if normalise_postcode(text) is None:
            raise ValidationError("Enter a real postcode, like ST4 1AA.")
        place = selectors.postcode_place(postcode=text)
        if place is None:
            raise ValidationError("This postcode is not in our postcode table.")
        return place

    def clean(self):
        data = super().clean()
        asked = data.get("proximity") is not None and "postcode" not in self.errors
        if asked and data.get("postcode") is None:
            self.add_error("proximity", "proximity needs a postcode to measure from.")
        return data
