import datetime
import json

import factory
import wagtail_factories

from localoffer.models import HomePage, InformationPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Support for children and young people with SEND"
    slug = "home"
    introduction = "Find support for children and young people aged 0 to 25."

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information page {n}")
    summary = "A short summary for result lists."
    body = json.dumps([{"type": "paragraph", "value": "<p>Some useful words for parents.</p>"}])
    last_reviewed = datetime.date(2026, 11, 3)

    class Meta:
        model = InformationPage
