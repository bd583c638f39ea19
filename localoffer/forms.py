"""GOV.UK error messages for any Django form (used by page apps' public forms)."""

from django import forms

from services.filters import PageNumberForm

CHOICE_WIDGETS = (forms.RadioSelect, forms.Select, forms.CheckboxSelectMultiple)


def use_govuk_error_messages(form: forms.BaseForm) -> None:
    """Replace Django's generic messages with ones that say what to do, as GOV.UK asks.

    "Enter your name", "Select your role", and so on, built from each field's label.
    """
    for field in form.fields.values():
        label = str(field.label or "this").rstrip("?:. ")
        lower = label[:1].lower() + label[1:]
        if isinstance(field.widget, forms.CheckboxInput):
            required = "Tick the box to continue"
        elif isinstance(field.widget, CHOICE_WIDGETS):
            required = f"Select {lower}"
        else:
            required = f"Enter {lower}"
        field.error_messages["required"] = required
        if getattr(field, "max_length", None):
            field.error_messages["max_length"] = (
                f"{label} must be {field.max_length:,} characters or fewer"
            )
        if isinstance(field, forms.EmailField):
            field.error_messages["invalid"] = (
                "Enter an email address in the correct format, like name@example.org"
            )
        if isinstance(field, forms.ChoiceField):
            field.error_messages["invalid_choice"] = required


class SiteSearchForm(PageNumberForm):
    """The words of ``/search/`` and its ``page``. A page past the last is
    forgiven (the last is shown); words that cannot be searched, or a page
    number that is not one (``PageNumberForm``), are an error."""

    q = forms.CharField(label="Search the Local Offer", required=False, max_length=200, strip=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_govuk_error_messages(self)
        self.fields["q"].error_messages["max_length"] = (
            "Search words must be 200 characters or fewer. Try fewer words."
        )
        self.fields["q"].error_messages["null_characters_not_allowed"] = (
            "Search words must not contain control characters. Type your search again."
        )
