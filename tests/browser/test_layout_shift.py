"""Nothing on a page moves once it is drawn (issue 18): the cumulative layout
shift of each main page type, on a phone, is under 0.05 (Lighthouse's "good" is
0.1). Scripts that fold things after load moved every page: GOV.UK Frontend's
service navigation folding behind "Menu" (0.16 to 0.19 here, on every page),
and on the directory the filters folding behind "Show filters"; both folds are
now drawn by CSS from the start.

A phone's network is slow, so the page's scripts arrive after the first paint:
here each script is held back a moment, as a phone's connection would hold it,
so anything they change in what was already drawn counts as a shift, as it
does for a real visitor. Without the delay a fast local server can run them
before anything is painted, and hide a shift a phone sees.
"""

import re
import time

import pytest

from .test_maps import LOCAL_HOSTS, located_service

# Lighthouse's "good" is 0.1; issue 18 asks for less than half that.
LIMIT = 0.05
PHONE = {"width": 375, "height": 667}
SCRIPT_DELAY = 0.4  # seconds each script is held back
SETTLE_MS = 1000  # after load, for anything late (images, timers, fonts)
SCRIPT = re.compile(r"\.m?js(\?.*)?$")

PAGES = {
    "home": "/",
    "directory with filters": "/services/?age=7&category=education",
    "directory, a filter with a problem": "/services/?age=99",
    "service page": "/services/{service}/",
    "guide": "/what-is-the-local-offer/ehc-needs-assessments-and-plans/"
    "asking-for-an-ehc-needs-assessment/",
    "professionals": "/professionals/",
    "search": "/search/?q=EHCP",
    "my list": "/services/my-list/",
}

# Every layout shift since the page began (buffered), after a settle: the total
# (at least the page's CLS, which is the worst session window of them) and what moved.
MEASURE_SHIFTS = """settle => new Promise(resolve => {
    const shifts = [];
    const describe = node => !node ? "?" : node.nodeType !== 1 ? node.nodeName :
        node.tagName.toLowerCase() + (node.id ? "#" + node.id : "") +
        (typeof node.className === "string" && node.className ?
            "." + node.className.trim().split(/\\s+/).join(".") : "");
    new PerformanceObserver(list => {
        for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            shifts.push({
                value: entry.value,
                moved: entry.sources.map(source => describe(source.node)),
            });
        }
    }).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(shifts), settle);
})"""


def phone_network(page, scripts: str = "slow") -> None:
    """Hold back each script of the site a moment ("slow") or for ever ("never");
    abort anything from elsewhere (map tiles), as tests never reach the internet."""

    def handle(route):
        url = route.request.url
        script = SCRIPT.search(url) is not None
        if url.split("/")[2].split(":")[0] not in LOCAL_HOSTS or (script and scripts == "never"):
            route.abort()
            return
        if script:
            time.sleep(SCRIPT_DELAY)
        route.continue_()

    page.route("**/*", handle)


@pytest.fixture
def shift_site(demo_directory):
    """The demo directory and the slug of its service with the most places on a map."""
    return demo_directory, located_service().slug


def layout_shifts(open_page, url: str) -> list[dict]:
    page = open_page("about:blank", **PHONE)
    phone_network(page)
    page.goto(url)
    return page.evaluate(MEASURE_SHIFTS, SETTLE_MS)


def test_no_page_moves_on_a_phone_once_drawn(shift_site, open_page):
    base, service = shift_site
    failing = {}
    for name, path in PAGES.items():
        shifts = layout_shifts(open_page, base + path.format(service=service))
        if (total := sum(shift["value"] for shift in shifts)) >= LIMIT:
            moved = [f"{shift['value']:.3f} {' '.join(shift['moved'])}" for shift in shifts]
            failing[name] = f"{total:.3f}, as " + "; ".join(moved)
    assert failing == {}, "\n".join(f"{name}: {shifts}" for name, shifts in failing.items())


def test_the_filters_arrive_folded_on_a_phone_and_open_on_a_desktop(shift_site, open_page):
    """The fold is in the page as drawn, before any script runs: a phone sees
    the results heading without scrolling, a desktop the filters beside them."""
    base, _ = shift_site
    url = base + PAGES["directory with filters"]
    phone = open_page("about:blank", **PHONE)
    phone_network(phone, scripts="never")
    phone.goto(url)
    # As drawn before app.js arrives: GOV.UK's inline script has set its class.
    assert not phone.get_by_label("Age of the child or young person").is_visible()
    assert phone.locator("h2#results-heading").bounding_box()["y"] < PHONE["height"]

    desktop = open_page(url, width=1280, height=900)
    assert desktop.get_by_label("Age of the child or young person").is_visible()
    assert not desktop.get_by_role("button", name=re.compile(r"^Show filters")).is_visible()
