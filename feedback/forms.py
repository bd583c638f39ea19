"""The public feedback forms. Every one has GOV.UK error messages, length limits
and a honeypot; none asks for anything personal except an email for a reply."""

from django import forms
from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme

from localoffer.forms import use_govuk_error_messages

from .models import ProblemReason, Role, Topic

PROBLEM_MAX_LENGTH = 1200
COMMENT_MAX_LENGTH = 3000
PATH_MAX_LENGTH = 2000
HONEYPOT = "giraffe"
PERSONAL_DATA_HINT = (
    "Do not include personal information, like your name, contact details or details "
    "of a child's needs. We cannot reply to this form."
)


def safe_path(value: str) -> str:
    """A path on this site to go back to, or "" for anything else (another host,
    a scheme, a protocol-relative address, control characters)."""
    if (
        not value
        or len(value) > PATH_MAX_LENGTH
        or not value.startswith("/")
        or not url_has_allowed_host_and_scheme(value, allowed_hosts=None)
        or any(ord(char) < 32 for char in value)
    ):
        return ""
    return value


class FeedbackForm(forms.Form):
    """What every feedback form shares: the page it was sent from, and a field
    for robots, kept out of sight and out of the accessibility tree."""

    page = forms.CharField(required=False, widget=forms.HiddenInput)
    giraffe = forms.CharField(
        required=False, label="This field is for robots only. Leave it blank."
    )

    # Where the message built from a label would read badly.
    required_messages: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        use_govuk_error_messages(self)
        for name, message in self.required_messages.items():
            self.fields[name].error_messages.update(required=message, invalid_choice=message)

    @property
    def from_robot(self) -> bool:
        return bool(self.data.get(HONEYPOT))

    def clean_page(self) -> str:
        return safe_path(self.cleaned_data["page"])

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != HONEYPOT]


class PageVoteForm(FeedbackForm):
    required_messages = {"useful": "Select yes if this page is useful, or no if it is not"}

    useful = forms.TypedChoiceField(
        choices=[("yes", "Yes"), ("no", "No")],
        coerce=lambda value: value == "yes",
        label="Is this page useful?",
    )


class PageProblemForm(FeedbackForm):
    doing = forms.CharField(
        label="What were you doing?",
        required=False,
        max_length=PROBLEM_MAX_LENGTH,
        widget=forms.Textarea,
    )
    comment = forms.CharField(
        label="What went wrong?", max_length=PROBLEM_MAX_LENGTH, widget=forms.Textarea
    )


class ServiceProblemForm(FeedbackForm):
    required_messages = {"reason": "Select what is wrong with this entry"}

    reason = forms.ChoiceField(
        label="What is wrong with this entry?",
        choices=ProblemReason.choices,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label="Tell us more",
        required=False,
        max_length=PROBLEM_MAX_LENGTH,
        widget=forms.Textarea,
        help_text="For example, what the right phone number is, or when the service closed. "
        + PERSONAL_DATA_HINT,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == ProblemReason.OTHER and not cleaned.get("comment"):
            self.add_error("comment", "Tell us what is wrong with this entry")
        return cleaned


class CommentForm(FeedbackForm):
    required_messages = {
        "topic": "Select what your comment is about",
        "role": "Select the option that best describes you",
    }

    topic = forms.ChoiceField(
        label="What is your comment about?", choices=Topic.choices, widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label="Your comments",
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea,
        help_text="Do not include details of a child's needs or your own case. "
        "To discuss a particular child, contact the SEND team instead.",
    )
    role = forms.ChoiceField(
        label="Which of these best describes you?", choices=Role.choices, widget=forms.RadioSelect
    )
    email = forms.EmailField(
        label="Your email address, if you would like a reply",
        required=False,
        max_length=254,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = settings.FEEDBACK_PERSONAL_DATA_DAYS
        self.fields[
            "email"
        ].help_text = (
            f"We only use it to reply to you. It is deleted automatically after {days} days."
        )
