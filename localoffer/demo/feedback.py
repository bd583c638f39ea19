# ruff: noqa: E501 -- demo copy: long sentences read better unbroken (as pages.py).
"""Demo "You said, we did": themes, example comments tagged with them, published
responses and the page that lists them, written from ../shared/seeds.

Everything here is example text, and the page says so. The comments carry no
personal data: no names, no email addresses, no schools. Like the rest of the
loader, it creates what is missing and never edits: themes by slug, comments
and responses by their text, the page by its slug.
"""

import datetime
from collections.abc import Callable

from django.utils import timezone
from wagtail.models import Page

from feedback.models import (
    ActionStatus,
    Comment,
    Kind,
    Role,
    Status,
    Theme,
    ThemeResponse,
    Topic,
    YouSaidWeDidPage,
)
from services.models import ResponsibleBody

from .loader import ensure_page

COUNTY = "staffordshire-county-council"
CITY = "stoke-on-trent-city-council"
ICB = "staffordshire-and-stoke-on-trent-icb"

PAGE = {
    "title": "You said, we did",
    "slug": "you-said-we-did",
    "introduction": "<p>Children, young people, parents, carers and professionals tell us what they think of the Local Offer: what is missing, what is wrong and what is hard to use. Here we publish the themes they raised, what Staffordshire County Council, Stoke-on-Trent City Council and the NHS Integrated Care Board did in response, and what will happen next.</p>"
    "<p>We never publish what one person wrote, or anything that could identify them. Each theme is a summary of the comments behind it.</p>",
    "search_description": "What families told the Staffordshire and Stoke-on-Trent SEND Local Offer partners, what the partners did in response and what will happen next.",
}

THEMES = [
    {
        "slug": "transport-to-school",
        "name": "Transport to school or college",
        "description": "Who can get help with travel to school or college, how to apply, deadlines and post-16 transport.",
    },
    {
        "slug": "neurodevelopmental-assessment",
        "name": "Autism and ADHD assessment",
        "description": "Waiting times for neurodevelopmental assessment, and support while waiting.",
    },
    {
        "slug": "preparing-for-adulthood",
        "name": "Preparing for adulthood",
        "description": "Moving on from school: further education, work, adult health and social care, independent living.",
    },
    {
        "slug": "using-the-local-offer",
        "name": "Using the Local Offer website",
        "description": "How easy the Local Offer is to find, use and understand, on any device.",
    },
    {
        "slug": "short-breaks",
        "name": "Short breaks and activities",
        "description": "Short breaks, holiday activities and clubs: what there is, who can go, how to apply.",
    },
]

YEAR_2025 = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
YEAR_2026 = (datetime.date(2026, 1, 1), datetime.date(2026, 9, 30))

# Each response: its theme, period, partners, status and text; then the example
# comments behind it (topic, role, text), spread evenly over the period.
RESPONSES = [
    {
        "theme": "transport-to-school",
        "title": "Finding out about transport to school and college",
        "period": YEAR_2025,
        "partners": [COUNTY, CITY],
        "status": ActionStatus.DONE,
        "you_said": "Parents and carers found it hard to find out who can get help with travel to school or college, when to apply and what changes at 16. The information was spread across two council websites, and some of it was out of date.\n\nSeveral people only found out about the deadline for post-16 transport after it had passed.",
        "we_did": "<p>We brought the travel information for both councils together on the Local Offer: who can get help, how to apply, and the dates to apply by. Parent carer forums in Staffordshire and Stoke-on-Trent checked the new pages before we published them.</p>",
        "action": "<p>We will check the transport pages every spring, before applications open, and add a step-by-step guide to applying for transport after 16.</p>",
        "comments": [
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: I could not find when to apply for transport to college.",
            ),
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: the transport page says something different from the council's own website.",
            ),
            (
                Topic.MISSING,
                Role.PROFESSIONAL,
                "Example comment: families ask me about post-16 travel and I cannot find a page to send them to.",
            ),
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: we missed the deadline for travel help because we did not know there was one.",
            ),
            (
                Topic.MISSING,
                Role.YOUNG_PERSON,
                "Example comment: I want to learn to travel to college on my own. Is there help with that?",
            ),
            (
                Topic.CONTENT,
                Role.OTHER,
                "Example comment: it is not clear which council to ask if you live near the border.",
            ),
        ],
    },
    {
        "theme": "using-the-local-offer",
        "title": "Using the Local Offer on a phone",
        "period": YEAR_2025,
        "partners": [COUNTY, CITY],
        "status": ActionStatus.DONE,
        "you_said": "Most people use the Local Offer on a phone. They told us the text was small, that important information was in long documents that are hard to read on a small screen, and that search often found nothing.",
        "we_did": "<p>We built this Local Offer to work on phones first. We replaced documents with web pages, made the search cover every service in both areas, and tested the site with parents, carers and young people, including people who use screen readers.</p>",
        "action": "<p>We will keep testing the site with families twice a year and publish what we change in our accessibility statement.</p>",
        "comments": [
            (
                Topic.ACCESSIBILITY,
                Role.PARENT_CARER,
                "Example comment: the website is very hard to use on my phone.",
            ),
            (
                Topic.ACCESSIBILITY,
                Role.PARENT_CARER,
                "Example comment: I had to download a long document to find one phone number.",
            ),
            (
                Topic.ACCESSIBILITY,
                Role.YOUNG_PERSON,
                "Example comment: the writing is too small and I cannot make it bigger.",
            ),
            (
                Topic.ACCESSIBILITY,
                Role.PROFESSIONAL,
                "Example comment: search found nothing when I typed speech therapy.",
            ),
            (
                Topic.DEVELOPMENT,
                Role.PARENT_CARER,
                "Example comment: please ask parents to try the website before it changes.",
            ),
        ],
    },
    {
        "theme": "neurodevelopmental-assessment",
        "title": "Waiting for an autism or ADHD assessment",
        "period": YEAR_2025,
        "partners": [ICB],
        "status": ActionStatus.IN_PROGRESS,
        "you_said": "Parents and carers told us they did not know how long they would wait for an autism or ADHD assessment, who to contact while they wait, or what help their child can have without a diagnosis.",
        "we_did": "<p>The Integrated Care Board now publishes the typical waiting times on the Local Offer, and we added information about the support children can have while they wait. You do not need a diagnosis to get help at school.</p>",
        "action": "<p>We will update the waiting times every three months, and we are working with the services that carry out assessments so families have one place to ask about their child's wait.</p>",
        "comments": [
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: nobody can tell me how long the wait for an assessment is.",
            ),
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: what help is there while we wait for an ADHD assessment?",
            ),
            (
                Topic.CONTENT,
                Role.PROFESSIONAL,
                "Example comment: the referral information for neurodevelopmental assessment is out of date.",
            ),
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: I did not know my child could get support at school without a diagnosis.",
            ),
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: I do not know who to ask about where we are on the waiting list.",
            ),
            (
                Topic.MISSING,
                Role.OTHER,
                "Example comment: there should be information for grandparents who are caring for a child who is waiting.",
            ),
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: please explain what happens at the assessment itself.",
            ),
        ],
    },
    {
        "theme": "short-breaks",
        "title": "Finding short breaks and holiday activities",
        "period": YEAR_2026,
        "partners": [COUNTY, CITY],
        "status": ActionStatus.IN_PROGRESS,
        "you_said": "Parents and carers could not find which short breaks and holiday activities there are near them, who can go, or how to apply. Young people told us they want more clubs where they can see friends.",
        "we_did": "<p>Short breaks are now in the services directory, with the ages they are for, the areas they cover and how to apply, so you can search for them near you.</p>",
        "action": "<p>We will add holiday activities before each school holiday, and publish each council's short breaks statement on the Local Offer.</p>",
        "comments": [
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: are there any short breaks near us in the school holidays?",
            ),
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: the short breaks page does not say how to apply.",
            ),
            (
                Topic.MISSING,
                Role.YOUNG_PERSON,
                "Example comment: I would like a club after school where I can meet people like me.",
            ),
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: I need to know which activities can support a child who uses a wheelchair.",
            ),
        ],
    },
    {
        "theme": "preparing-for-adulthood",
        "title": "Information about preparing for adulthood",
        "period": YEAR_2026,
        "partners": [COUNTY, CITY, ICB],
        "status": ActionStatus.PLANNED,
        "you_said": "Young people aged 14 to 25 and their parents said information about moving on from school was hard to find and written for professionals: college and training, work, moving to adult health services, and living more independently.",
        "we_did": "<p>We held workshops with young people and parent carer forums to plan a new preparing for adulthood section of the Local Offer, and to agree the words it should use.</p>",
        "action": "<p>We will publish the new section, written with young people, and ask them to check it a year later.</p>",
        "comments": [
            (
                Topic.MISSING,
                Role.YOUNG_PERSON,
                "Example comment: I do not know what happens to my support when I leave school.",
            ),
            (
                Topic.CONTENT,
                Role.PARENT_CARER,
                "Example comment: the information about adult health services is written for doctors, not families.",
            ),
            (
                Topic.MISSING,
                Role.PARENT_CARER,
                "Example comment: where can I find out about supported internships?",
            ),
            (
                Topic.DEVELOPMENT,
                Role.YOUNG_PERSON,
                "Example comment: young people should help write the pages about growing up.",
            ),
        ],
    },
]

# Counted nowhere: not for publication, so the totals show they are left out.
NOT_FOR_PUBLICATION = [
    (
        "transport-to-school",
        Status.INDIVIDUAL_CASE,
        datetime.date(2025, 6, 2),
        "Example comment about one family's own transport arrangements (not for publication).",
    ),
]


def spread(period: tuple[datetime.date, datetime.date], count: int) -> list[datetime.datetime]:
    """``count`` midday times evenly across the period, so every one is inside it."""
    start, end = period
    step = (end - start) / (count + 1)
    return [
        timezone.make_aware(datetime.datetime.combine(start + step * (i + 1), datetime.time(12)))
        for i in range(count)
    ]


def load_feedback_demo(home: Page, log: Callable[[str], None]) -> None:
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    for spec in THEMES:
        if spec["slug"] not in themes:
            themes[spec["slug"]] = Theme.objects.create(**spec)
            log(f"Created theme '{spec['name']}'")

    texts = [text for spec in RESPONSES for _, _, text in spec["comments"]]
    texts += [text for *_, text in NOT_FOR_PUBLICATION]
    existing = set(Comment.objects.filter(comment__in=texts).values_list("comment", flat=True))
    created = 0
    for spec in RESPONSES:
        theme = themes[spec["theme"]]
        for (topic, role, text), when in zip(
            spec["comments"], spread(spec["period"], len(spec["comments"])), strict=True
        ):
            if text not in existing:
                comment = Comment.objects.create(
                    kind=Kind.COMMENT,
                    topic=topic,
                    role=role,
                    comment=text,
                    created_at=when,
                    status=Status.RESPONDED,
                )
                comment.themes.add(theme)
                created += 1
    for slug, status, day, text in NOT_FOR_PUBLICATION:
        if text not in existing:
            comment = Comment.objects.create(
                kind=Kind.COMMENT,
                topic=Topic.CONTENT,
                role=Role.PARENT_CARER,
                comment=text,
                created_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(12))),
                status=status,
            )
            comment.themes.add(themes[slug])
            created += 1
    if created:
        log(f"Created {created} example comments")

    bodies = {body.slug: body for body in ResponsibleBody.objects.all()}
    titles = set(ThemeResponse.objects.values_list("title", flat=True))
    for spec in RESPONSES:
        if spec["title"] in titles:
            continue
        response = ThemeResponse(
            theme=themes[spec["theme"]],
            title=spec["title"],
            period_start=spec["period"][0],
            period_end=spec["period"][1],
            status=spec["status"],
            you_said=spec["you_said"],
            we_did=spec["we_did"],
            action=spec["action"],
        )
        response.partners = [bodies[slug] for slug in spec["partners"]]
        response.full_clean()
        response.save()
        response.save_revision().publish()
        log(f"Created theme response '{response.title}'")

    ensure_page(
        home,
        YouSaidWeDidPage(
            title=PAGE["title"],
            slug=PAGE["slug"],
            introduction=PAGE["introduction"],
            search_description=PAGE["search_description"],
            has_example_content=True,
            show_in_menus=True,
        ),
        log,
    )
