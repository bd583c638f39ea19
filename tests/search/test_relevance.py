"""The relevance set (tests/search/relevance.json) on the demo content, as
`make relevance` measures it, so CI keeps search at least as good as 95%."""

import importlib.util
import io

import pytest
from django.core.management import call_command

from localoffer.search import site_search
from tests.utils import PROJECT_DIR

spec = importlib.util.spec_from_file_location("relevance", PROJECT_DIR / "scripts/relevance.py")
relevance = importlib.util.module_from_spec(spec)
spec.loader.exec_module(relevance)


@pytest.mark.django_db
def test_at_least_95_percent_of_the_relevance_set_passes_on_the_demo_content():
    call_command("load_demo_content", stdout=io.StringIO())
    queries = relevance.load_queries(relevance.QUERIES)
    relevance.check_fragments(queries, relevance.live_urls())
    failed = []
    for entry in queries:
        result = site_search(entry["query"])
        urls = [hit.url for hit in result.hits]
        if not relevance.judge(entry, result.total, urls):
            failed.append((entry["query"], urls[: relevance.TOP]))
    passed = len(queries) - len(failed)
    assert passed / len(queries) >= relevance.TARGET, failed
