"""Demo strategy pages, from the strategy app's ``demo_content``."""

from collections.abc import Callable

from wagtail.models import Page

from strategy import demo_content as content
from strategy.models import (
    CoProductionPromisePage,
    PledgeFormField,
    PriorityPage,
    StrategyIndexPage,
    StrategyPage,
)

from .loader import ensure_page, stream_json

PLEDGE_FIELDS = [
    {"label": "Your name", "field_type": "singleline", "required": True},
    {
        "label": "Your organisation",
        "field_type": "singleline",
        "required": False,
        "help_text": "For example a school, a service or a parent carer forum.",
    },
    {
        "label": "Your role",
        "field_type": "radio",
        "required": True,
        "choices": "Parent or carer\nYoung person\nProfessional\nOther",
    },
    {
        "label": "Your pledge",
        "field_type": "multiline",
        "required": True,
        "help_text": "What will you do to make co-production happen? Up to 2,000 characters.",
    },
    {
        "label": "I agree that the Local Offer team may keep my pledge",
        "field_type": "checkbox",
        "required": True,
        "help_text": "We may share how many pledges we receive, but never your name.",
    },
]


def load_strategy_demo(home: Page, log: Callable[[str], None]) -> None:
    index, _ = ensure_page(
        home,
        StrategyIndexPage(
            title=content.INDEX["title"],
            slug=content.INDEX["slug"],
            introduction=content.INDEX["introduction"],
            search_description=content.INDEX["search_description"],
            show_in_menus=True,
        ),
        log,
    )
    for spec in content.STRATEGIES:
        strategy, _ = ensure_page(
            index,
            StrategyPage(
                title=spec["title"],
                slug=spec["slug"],
                partners=spec["partners"],
                start_year=spec["start_year"],
                end_year=spec["end_year"],
                vision=spec["vision"],
                vision_attribution=spec["vision_attribution"],
                summary=spec["summary"],
                search_description=spec["search_description"],
                body=stream_json(spec["body"], {}),
                co_production=spec["co_production"],
                co_production_facts=stream_json(
                    [("fact", fact) for fact in spec["co_production_facts"]], {}
                ),
                has_example_content=spec["is_example"],
            ),
            log,
        )
        for priority in spec["priorities"]:
            ensure_page(
                strategy,
                PriorityPage(
                    title=priority["title"],
                    slug=priority["slug"],
                    number=priority["number"],
                    commitment=priority["commitment"],
                    search_description=priority["summary"],
                    what_we_will_do=stream_json(priority["what_we_will_do"], {}),
                    how_we_will_know=stream_json(priority["how_we_will_know"], {}),
                    has_example_content=priority["is_example"],
                ),
                log,
            )

    promise = content.PROMISE
    page = CoProductionPromisePage(
        title=promise["title"],
        slug=promise["slug"],
        introduction=promise["introduction"],
        definition=promise["definition"],
        definition_attribution=promise["definition_attribution"],
        commitments=stream_json([("commitment", text) for text in promise["commitments"]], {}),
        authors=promise["authors"],
        pledge_intro=promise["pledge_intro"],
        thank_you_text=promise["thank_you_text"],
        search_description=promise["search_description"],
        has_example_content=promise["commitments_are_example"],
        show_in_menus=True,
    )
    page.form_fields = [
        PledgeFormField(sort_order=i, **field) for i, field in enumerate(PLEDGE_FIELDS)
    ]
    ensure_page(home, page, log)
