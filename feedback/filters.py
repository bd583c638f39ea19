"""The filters of the "You said, we did" page: partner and year, from the query string.

A plain GET form, so it works without JavaScript and every filtered list has an
address people can share. Unknown values are reported, never ignored: ignoring
one would show more than the reader asked for.
"""

from django import forms
from django.http import QueryDict

from services import selectors as service_selectors


class ThemeResponseFilterForm(forms.Form):
    partner = forms.ModelMultipleChoiceField(
        label="Partner",
        queryset=service_selectors.responsible_body_list(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "“%(value)s” is not one of the partners. Choose from the list.",
            "invalid_pk_value": "“%(pk)s” is not one of the partners. Choose from the list.",
        },
    )
    year = forms.TypedChoiceField(
        label="Year",
        coerce=int,
        required=False,
        empty_value=None,
        error_messages={"invalid_choice": "Choose a year from the list."},
    )

    def __init__(self, data: QueryDict, *, years: list[int]) -> None:
        # Bound even when empty, so the first visit is validated like any other.
        super().__init__(data)
        self.fields["year"].choices = [("", "All years"), *((y, str(y)) for y in years)]

    def selector_arguments(self) -> dict:
        return {
            "partners": list(self.cleaned_data["partner"]) or None,
            "year": self.cleaned_data["year"],
        }

    def in_use(self) -> bool:
        return bool(self.cleaned_data["partner"] or self.cleaned_data["year"])
