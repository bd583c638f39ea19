"""What people tell us about the Local Offer, and what editors do with it.

Regulation 56 of the SEND Regulations 2014 asks the council to seek comments on
its Local Offer and to publish them, anonymised, with its response at least once
a year. A ``Comment`` is one thing someone told us; editors give it a status,
themes and the partner responsible. ``PageVote`` answers "Is this page useful?".
``UnmetSearch`` counts searches that found nothing: words and filters only.

Nothing here identifies a person except ``Comment.email``, given only by someone
who wants a reply and cleared by ``purge_feedback_personal_data``.
"""

from django.db import models
from django.utils import timezone
from wagtail.search import index


class Status(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in-review", "In review"
    RESPONDED = "responded", "Responded"
    VEXATIOUS = "vexatious", "Not for publication: vexatious"
    INDIVIDUAL_CASE = "individual-case", "Not for publication: about an individual's case"

    @classmethod
    def not_for_publication(cls) -> list[str]:
        return [cls.VEXATIOUS, cls.INDIVIDUAL_CASE]


class Kind(models.TextChoices):
    COMMENT = "comment", "Comment on the Local Offer"
    PAGE_PROBLEM = "page-problem", "Problem with a page"
    SERVICE_PROBLEM = "service-problem", "Problem with a service"


class Topic(models.TextChoices):
    """What a longer comment is about: the four things regulation 56 asks about."""

    CONTENT = "content", "What the Local Offer says"
    MISSING = "missing", "Something that is missing from the Local Offer"
    ACCESSIBILITY = "accessibility", "How easy the Local Offer is to find, use or understand"
    DEVELOPMENT = "development", "How the Local Offer was developed"


class Role(models.TextChoices):
    PARENT_CARER = "parent-carer", "Parent or carer"
    YOUNG_PERSON = "young-person", "Child or young person"
    PROFESSIONAL = "professional", "Professional"
    OTHER = "other", "Other"


class ProblemReason(models.TextChoices):
    """Why a service's entry is wrong."""

    OUT_OF_DATE = "out-of-date", "The information is out of date"
    CLOSED = "closed", "The service has closed"
    CONTACT_DETAILS = "contact-details", "The contact details are wrong"
    OTHER = "other", "Something else"


class Theme(models.Model):
    """A tag editors give comments, and the unit "You said, we did" reports on."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True, help_text="Used in web addresses.")
    description = models.TextField(
        blank=True, help_text="For editors: which comments belong under this theme."
    )

    panels = ["name", "slug", "description"]

    class Meta:
        ordering = ["name"]
        verbose_name = "theme"
        verbose_name_plural = "themes"

    def __str__(self) -> str:
        return self.name


class Comment(index.Indexed, models.Model):
    """One thing someone told us, from any of the public forms."""

    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True, editable=False)

    # Where it came from: the address they were on, and the page or service
    # behind it while that still exists.
    page_path = models.CharField(
        "address", max_length=500, blank=True, help_text="The page the comment was sent from."
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service = models.ForeignKey(
        "services.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_comments",
    )

    # What they told us.
    topic = models.CharField(max_length=20, choices=Topic.choices, blank=True)
    reason = models.CharField("problem", max_length=20, choices=ProblemReason.choices, blank=True)
    doing = models.TextField("what they were doing", blank=True)
    comment = models.TextField()
    role = models.CharField(max_length=20, choices=Role.choices, blank=True)
    email = models.EmailField(
        "email for a reply",
        blank=True,
        help_text="Given only to get a reply; removed automatically after the retention period.",
    )
    wants_reply = models.BooleanField(
        default=False, help_text="Stays true after the email address has been removed."
    )
    email_removed_at = models.DateTimeField(null=True, blank=True, editable=False)

    # What editors make of it.
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="comments")
    partner = models.ForeignKey(
        "services.ResponsibleBody",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The partner responsible for responding.",
    )
    notes = models.TextField("notes for editors", blank=True, help_text="Never published.")
    updated_at = models.DateTimeField(auto_now=True)

    search_fields = [
        index.SearchField("comment"),
        index.SearchField("doing"),
        index.AutocompleteField("comment"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "comment"
        verbose_name_plural = "comments"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(email="")
                | models.Q(email_removed_at__isnull=False)
                | models.Q(wants_reply=False),
                name="feedback_comment_reply_has_email",
            ),
        ]

    def __str__(self) -> str:
        text = " ".join(self.comment.split())
        return text if len(text) <= 60 else text[:59] + "…"

    @property
    def source_label(self) -> str:
        if self.service_id:
            return self.service.name
        if self.page_id:
            return self.page.title
        return self.page_path


class PageVote(models.Model):
    """One answer to "Is this page useful?": the address, yes or no, and the day."""

    page_path = models.CharField("address", max_length=500)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    useful = models.BooleanField()
    created_on = models.DateField(default=timezone.localdate, db_index=True)

    class Meta:
        verbose_name = "page vote"
        verbose_name_plural = "page votes"

    def __str__(self) -> str:
        return f"{self.page_path}: {'useful' if self.useful else 'not useful'}"


class SearchSource(models.TextChoices):
    DIRECTORY = "directory", "Find services"
    PROFESSIONALS = "professionals", "Referral routes"


class UnmetSearch(models.Model):
    """Searches that found nothing, counted per day by their words and filters.

    Nothing about the person is kept: no address, no session, no time of day.
    """

    source = models.CharField(max_length=20, choices=SearchSource.choices)
    words = models.CharField(max_length=200, blank=True)
    filters = models.CharField(
        max_length=500, blank=True, help_text="The filters used, as a query string."
    )
    day = models.DateField(default=timezone.localdate, db_index=True)
    count = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "search that found nothing"
        verbose_name_plural = "searches that found nothing"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "words", "filters", "day"], name="feedback_unmet_search_once"
            ),
        ]

    def __str__(self) -> str:
        return " ".join(part for part in (self.words, self.filters) if part) or "(nothing)"
