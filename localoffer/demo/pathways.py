# ruff: noqa: E501 -- demo copy: long sentences read better unbroken (as pages.py).
"""Demo step-by-step guides, written from ../shared/seeds and the demo pages.

Links name services and pages by slug. A service or page that does not exist
yet (for example when the directory is loaded without services) is left out of
the guide rather than stopping the load.
"""

import json
from collections.abc import Callable

from wagtail.models import Page

from localoffer.models import HomePage, StepByStepPage

from .loader import ensure_page, stream_json

SENDIASS = [
    ("service", {"service": "sendiass-staffordshire", "context": "if you live in Staffordshire"}),
    (
        "service",
        {"service": "sendiass-stoke-on-trent", "context": "if you live in Stoke-on-Trent"},
    ),
]

GUIDES = [
    {
        "parent": "ehc-needs-assessments-and-plans",
        "slug": "asking-for-an-ehc-needs-assessment",
        "title": "Asking for an EHC needs assessment",
        "summary": "The steps from asking the council for an education, health and care (EHC) "
        "needs assessment to getting a final EHC plan, and the time limits the council must keep.",
        "search_description": "Step by step: ask for an EHC needs assessment, the 6-week decision, "
        "the draft plan, the final plan within 20 weeks, and mediation and appeals.",
        "steps": [
            {
                "title": "Ask the council for an assessment",
                "text": "<p>You can ask yourself: you do not need the school to agree. A young "
                "person aged 16 to 25 can ask for themselves, and a school, nursery or college can "
                "ask too.</p>"
                "<p>Write to the SEND team at the council where your child lives. Say why you think "
                "your child needs an assessment and send any reports you have. Keep a copy and note "
                "the date you sent it: the time limits start when the council gets it.</p>",
                "links": [
                    (
                        "service",
                        {
                            "service": "ehc-needs-assessment-staffordshire",
                            "context": "if you live in Staffordshire",
                        },
                    ),
                    (
                        "service",
                        {
                            "service": "ehc-needs-assessment-stoke-on-trent",
                            "context": "if you live in Stoke-on-Trent",
                        },
                    ),
                    (
                        "page",
                        {
                            "page": "ehc-needs-assessments-and-plans",
                            "text": "What to put in your request",
                            "context": "",
                        },
                    ),
                ],
            },
            {
                "title": "Get free, impartial advice",
                "logic": "and",
                "text": "<p>The SEND information, advice and support service (SENDIASS) can help you "
                "write the request, explain each step and come to meetings with you. It is free and "
                "confidential, and it does not work for the council or the school.</p>",
                "links": SENDIASS,
            },
            {
                "title": "Wait for the council's decision",
                "text": "<p>The council must tell you within 6 weeks whether it will carry out an "
                "assessment.</p>"
                "<p>If it says no, it must tell you why and explain how you can challenge the "
                "decision. The school should keep giving SEN support while you wait.</p>",
                "links": [
                    ("page", {"page": "the-graduated-approach", "text": "", "context": ""}),
                ],
            },
            {
                "title": "Give your views while the council gathers advice",
                "text": "<p>Between weeks 6 and 16 the council asks for advice from you, your "
                "child, their school or setting, an educational psychologist, health services and "
                "social care.</p>"
                "<p>Tell the council what your child finds hard, what helps and what they hope for. "
                "You can send new reports at any time.</p>",
                "links": [
                    (
                        "service",
                        {
                            "service": "educational-psychology-staffordshire",
                            "context": "gives advice for assessments in Staffordshire",
                        },
                    ),
                    (
                        "service",
                        {
                            "service": "educational-psychology-stoke-on-trent",
                            "context": "gives advice for assessments in Stoke-on-Trent",
                        },
                    ),
                ],
            },
            {
                "title": "Read and comment on the draft plan",
                "text": "<p>By week 16 the council tells you whether it will issue an EHC plan. If "
                "it will, it sends you a draft plan.</p>"
                "<p>You have 15 days to comment on the draft and to ask for a particular school or "
                "college to be named in it. Check that the help in section F says what your child "
                "will get, how much and how often.</p>",
                "links": [],
            },
            {
                "title": "Get the final EHC plan",
                "text": "<p>The council must issue the final plan within 20 weeks of getting your "
                "request. The help in the plan must then be given.</p>"
                "<p>The plan is reviewed at least once a year at an annual review.</p>",
                "links": [
                    (
                        "service",
                        {"service": "ehc-annual-review-staffordshire", "context": ""},
                    ),
                    (
                        "service",
                        {"service": "ehc-annual-review-stoke-on-trent", "context": ""},
                    ),
                ],
            },
            {
                "title": "Challenge a decision: mediation and appeal",
                "logic": "or",
                "text": "<p>If the council will not assess, will not issue a plan, or issues a plan "
                "you disagree with, ask the council to explain first. Many problems are sorted out "
                "this way.</p>"
                "<p>Before you appeal to the tribunal you must usually contact a mediation adviser. "
                "You do not have to go to mediation, but you need the certificate the adviser gives "
                "you within 3 working days.</p>",
                "links": [
                    (
                        "external_link",
                        {
                            "url": "https://www.gov.uk/appeal-ehc-plan-decision",
                            "text": "Appeal an EHC plan decision on GOV.UK",
                            "context": "within 2 months of the decision letter",
                        },
                    ),
                    *SENDIASS,
                ],
            },
        ],
        "body": [
            (
                "warning_text",
                {
                    "text": "You must appeal within 2 months of the date of the council's decision "
                    "letter, or within 1 month of getting your mediation certificate, whichever is "
                    "later.",
                },
            ),
        ],
    },
    {
        "parent": "the-graduated-approach",
        "slug": "getting-extra-help-at-school",
        "title": "Getting extra help at school: the graduated approach",
        "summary": "What happens when your child needs more help at school, nursery or college "
        "than most children their age, and what to do if that help is not enough.",
        "search_description": "Step by step: SEN support at school, the Assess, Plan, Do, Review "
        "cycle, the enhanced cycle with outside specialists and asking for an EHC needs assessment.",
        "steps": [
            {
                "title": "Talk to the school or nursery",
                "text": "<p>Tell your child's class teacher, key person or tutor what you have "
                "noticed, and ask to meet the special educational needs coordinator (SENCo).</p>"
                "<p>Write down what you see at home before the meeting. Your child does not need a "
                "diagnosis to get help.</p>",
                "links": [
                    (
                        "page",
                        {
                            "page": "the-graduated-approach",
                            "text": "Questions to ask the SENCo",
                            "context": "",
                        },
                    ),
                    (
                        "service",
                        {
                            "service": "early-years-area-senco-support-staffordshire",
                            "context": "for nurseries and childminders",
                        },
                    ),
                ],
            },
            {
                "title": "Get free, impartial advice",
                "logic": "and",
                "text": "<p>SENDIASS can explain how SEN support works, help you get ready for "
                "meetings and come with you. You can also bring a friend or family member.</p>",
                "links": SENDIASS,
            },
            {
                "title": "Assess: find out what your child needs",
                "text": "<p>The school looks at what your child finds hard and why. It uses what "
                "teachers see, how your child is getting on, and what you and your child say.</p>",
                "links": [],
            },
            {
                "title": "Plan: agree the help together",
                "text": "<p>You, your child and the school agree what help your child will get, who "
                "will give it, how often, what should change because of it and when you will check."
                "</p><p>Ask for a copy of the plan.</p>",
                "links": [],
            },
            {
                "title": "Do: the school gives the help",
                "text": "<p>The school puts the help in place, for example work in a small group, "
                "extra help from a teaching assistant or changes to the classroom. The class teacher "
                "stays responsible for your child's learning.</p>",
                "links": [],
            },
            {
                "title": "Review: check whether the help is working",
                "text": "<p>At the agreed time, usually once a term, you look together at what has "
                "changed. You decide whether to keep the help, change it or stop it, and the cycle "
                "starts again.</p>"
                "<p>It can take a few cycles to get the right help. Often a little extra help is all "
                "that is needed.</p>",
                "links": [],
            },
            {
                "title": "Move to the enhanced cycle with outside specialists",
                "text": "<p>If your child still needs more help, the school moves to the second "
                "stage: Enhanced Assess, Plan, Do, Review. It looks more closely at your child's "
                "needs and asks specialists from outside the school for advice.</p>"
                "<p>The help may be more intensive or more specialist.</p>",
                "links": [
                    (
                        "service",
                        {"service": "educational-psychology-staffordshire", "context": ""},
                    ),
                    (
                        "service",
                        {
                            "service": "specialist-teacher-learning-literacy-staffordshire",
                            "context": "",
                        },
                    ),
                    ("service", {"service": "autism-outreach-staffordshire", "context": ""}),
                    (
                        "service",
                        {
                            "service": "senco-network-inclusion-support-stoke-on-trent",
                            "context": "",
                        },
                    ),
                ],
            },
            {
                "title": "Ask for an EHC needs assessment",
                "logic": "or",
                "text": "<p>If your child's needs are still not met, you or the school can ask the "
                "council for an education, health and care (EHC) needs assessment. You do not need "
                "the school to agree.</p>",
                "links": [
                    (
                        "page",
                        {
                            "page": "asking-for-an-ehc-needs-assessment",
                            "text": "",
                            "context": "takes up to 20 weeks",
                        },
                    ),
                ],
            },
        ],
        "body": [
            ("heading", {"text": "If you are unhappy with the school", "level": "h2"}),
            (
                "paragraph",
                "<p>Talk to the SENCo or the head teacher first. If that does not sort it out, use "
                "the school's complaints procedure, which is usually on its website.</p>",
            ),
        ],
    },
    {
        "parent": "what-is-the-local-offer",
        "slug": "preparing-for-adulthood-from-year-9",
        "title": "Preparing for adulthood from year 9",
        "summary": "How young people with SEND, their families and the people who support "
        "them plan for adult life, from year 9 (age 13 to 14) up to age 25.",
        "search_description": "Step by step: preparing for adulthood from year 9, including work and "
        "training, living independently, friends, adult health services and rights at 18.",
        "steps": [
            {
                "title": "Focus the year 9 review on adult life",
                "text": "<p>From year 9, every annual review of an EHC plan looks at adult life: "
                "work or study, where to live, friends and community, and health.</p>"
                "<p>The young person's own hopes come first. If they do not have an EHC plan, ask "
                "the school to talk about the same things at SEN support reviews.</p>",
                "links": [
                    (
                        "service",
                        {"service": "preparing-for-adulthood-staffordshire", "context": ""},
                    ),
                    ("service", {"service": "transitions-team-stoke-on-trent", "context": ""}),
                    (
                        "page",
                        {
                            "page": "ehc-needs-assessments-and-plans",
                            "text": "How EHC plans are reviewed",
                            "context": "",
                        },
                    ),
                ],
            },
            {
                "title": "Look at education, training and work",
                "text": "<p>After year 11 there are many routes: a sixth form, a college course, "
                "an apprenticeship, a supported internship or supported work with a job coach.</p>"
                "<p>Careers advisers can help the young person find out what suits them and visit "
                "places before they choose.</p>",
                "links": [
                    ("service", {"service": "careers-guidance-send-staffordshire", "context": ""}),
                    (
                        "service",
                        {"service": "post-16-careers-advice-stoke-on-trent", "context": ""},
                    ),
                    (
                        "service",
                        {
                            "service": "supported-internships-staffordshire",
                            "context": "for ages 16 to 24 with an EHC plan",
                        },
                    ),
                    (
                        "service",
                        {"service": "supported-internships-stoke-on-trent", "context": ""},
                    ),
                    ("service", {"service": "supported-employment-young-adults", "context": ""}),
                ],
            },
            {
                "title": "Learn to travel on their own",
                "logic": "and",
                "text": "<p>Travel training helps young people get to college, work or clubs "
                "safely on buses and trains, at their own pace.</p>",
                "links": [
                    (
                        "service",
                        {"service": "independent-travel-training-staffordshire", "context": ""},
                    ),
                    (
                        "service",
                        {"service": "independent-travel-training-stoke-on-trent", "context": ""},
                    ),
                    (
                        "service",
                        {"service": "post-16-travel-support-staffordshire", "context": ""},
                    ),
                ],
            },
            {
                "title": "Plan for living more independently",
                "text": "<p>Think about where the young person would like to live one day and what "
                "they will need: cooking, managing money, personal care and staying safe.</p>"
                "<p>If they are likely to need care and support as an adult, ask adult social care "
                "for an assessment before they turn 18, so support carries on.</p>",
                "links": [
                    (
                        "service",
                        {
                            "service": "personal-budgets-direct-payments-staffordshire",
                            "context": "",
                        },
                    ),
                    ("service", {"service": "direct-payments-stoke-on-trent", "context": ""}),
                ],
            },
            {
                "title": "Keep up friends and community life",
                "text": "<p>Friends, clubs, sport and volunteering matter as much as work and "
                "study. Plan how the young person will keep doing the things they enjoy when school "
                "ends.</p>",
                "links": [
                    ("service", {"service": "short-breaks-youth-club-burton", "context": ""}),
                    ("service", {"service": "inclusive-sport-swimming-stafford", "context": ""}),
                    ("service", {"service": "leisure-access-card-stoke-on-trent", "context": ""}),
                ],
            },
            {
                "title": "Move to adult health services",
                "text": "<p>Children's health services plan the move to adult services with the "
                "young person, usually between the ages of 14 and 18. Ask each service when this "
                "will happen and who will take over.</p>"
                "<p>Young people aged 14 and over with a learning disability can have a free "
                "annual health check with their GP.</p>",
                "links": [
                    ("service", {"service": "transition-adult-health-services", "context": ""}),
                    (
                        "service",
                        {"service": "annual-health-checks-learning-disability", "context": ""},
                    ),
                ],
            },
            {
                "title": "At 18: the young person makes their own decisions",
                "text": "<p>From the end of the school year in which they turn 16, young people can "
                "make their own decisions about their EHC plan, such as asking for an assessment or "
                "appealing. At 18 they are an adult in law.</p>"
                "<p>Parents and carers can still help, if the young person agrees. If someone "
                "cannot make a particular decision, it must be made in their best interests.</p>",
                "links": [
                    (
                        "external_link",
                        {
                            "url": "https://www.gov.uk/pip",
                            "text": "Personal Independence Payment (PIP) on GOV.UK",
                            "context": "replaces Disability Living Allowance from age 16",
                        },
                    ),
                    *SENDIASS,
                ],
            },
        ],
        "body": [],
    },
]


def _links_json(links: list[tuple[str, dict]], service_ids: dict, page_ids: dict) -> list[dict]:
    """Step links as StreamField data: slugs become ids; missing targets are left out."""
    raw = []
    for block_type, value in links:
        if block_type == "service":
            if value["service"] not in service_ids:
                continue
            value = {**value, "service": service_ids[value["service"]]}
        elif block_type == "page":
            if value["page"] not in page_ids:
                continue
            value = {**value, "page": page_ids[value["page"]]}
        raw.append({"type": block_type, "value": value})
    return raw


def steps_json(steps: list[dict], service_ids: dict, page_ids: dict) -> str:
    return json.dumps(
        [
            {
                "type": "step",
                "value": {
                    "title": step["title"],
                    "logic": step.get("logic", "number"),
                    "text": step["text"],
                    "links": _links_json(step["links"], service_ids, page_ids),
                },
            }
            for step in steps
        ]
    )


def load_pathways_demo(log: Callable[[str], None]) -> None:
    """Create the demo guides under their demo pages; a guide that exists is left alone."""
    from services.models import Service

    home = HomePage.objects.first()
    if home is None:
        return
    service_ids = {slug: str(pk) for slug, pk in Service.objects.values_list("slug", "pk") if slug}
    for spec in GUIDES:
        # Looked up per guide, so a guide can link to one created before it.
        pages = Page.objects.descendant_of(home, inclusive=True)
        page_ids = dict(pages.values_list("slug", "pk"))
        parent = pages.filter(slug=spec["parent"]).specific().first()
        if parent is None:
            continue
        guide = StepByStepPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            search_description=spec["search_description"],
            show_in_menus=False,
            steps=steps_json(spec["steps"], service_ids, page_ids),
            body=stream_json(spec["body"], page_ids),
        )
        ensure_page(parent, guide, log)
