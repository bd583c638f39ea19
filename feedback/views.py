"""The public feedback forms.

Each is a plain POST that returns the visitor to where they were, with thanks;
the page's script may send the same POST asking for JSON, to stay in place.
A robot that fills the honeypot is thanked and nothing is saved.
"""

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.models import Site

from localoffer import ratelimit
from services import selectors as service_selectors

from . import actions, selectors
from .forms import (
    CommentForm,
    FeedbackForm,
    PageProblemForm,
    PageVoteForm,
    ServiceProblemForm,
    safe_path,
)
from .models import Kind

THANKS = "Thank you for your feedback."
SERVICE_THANKS = "Thank you for telling us. An editor will check this entry and correct it."


def wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def sent(request: HttpRequest, *, back_to: str, message: str = THANKS) -> HttpResponse:
    """Thank the visitor where they were: in place for the script, else on the page."""
    if wants_json(request):
        return JsonResponse({"message": message})
    messages.success(request, message, extra_tags="feedback")
    return redirect((back_to or "/") + "#feedback")


def not_sent(request: HttpRequest, template: str, context: dict, status: int) -> HttpResponse:
    if wants_json(request):
        errors = {name: [str(e) for e in errs] for name, errs in context["form"].errors.items()}
        return JsonResponse({"errors": errors}, status=status)
    return TemplateResponse(request, template, context, status=status)


def page_context(form: FeedbackForm, **extra) -> dict:
    """A feedback form on its own page, with a way back to the page it is about."""
    page = form.data.get("page", "") if form.is_bound else form.initial.get("page", "")
    return {"form": form, "back_to": safe_path(page), **extra}


def comment_context(form: CommentForm) -> dict:
    """The comment form says where comments are answered in public."""
    return page_context(form, you_said_we_did=selectors.you_said_we_did_page_live())


def refusal(
    request: HttpRequest, form: FeedbackForm, template: str, context: dict, *, scope: str
) -> HttpResponse | None:
    """Why this submission cannot be saved, as the answer to give: a mistake in
    the form (400), or too many from this address (429, said politely on the
    form, which keeps what they wrote). None when it can be saved."""
    if not form.is_valid():
        return not_sent(request, template, context, status=400)
    limit = settings.FEEDBACK_VOTE_RATE_LIMIT if scope == "vote" else settings.FEEDBACK_RATE_LIMIT
    wait = ratelimit.refuse_if_too_many(
        request, form, scope=scope, limit=limit, what="us a lot of feedback"
    )
    if wait is None:
        return None
    response = not_sent(request, template, context, status=429)
    response["Retry-After"] = str(wait)
    return response


@require_POST
def page_vote(request: HttpRequest) -> HttpResponse:
    """Is this page useful? Yes or no, from any page."""
    form = PageVoteForm(request.POST)
    if form.from_robot:
        return sent(request, back_to=safe_path(form.data.get("page", "")))
    if refused := refusal(
        request, form, "feedback/page_vote.html", page_context(form), scope="vote"
    ):
        return refused
    page = form.cleaned_data["page"]
    actions.page_vote_create(
        path=page, useful=form.cleaned_data["useful"], site=Site.find_for_request(request)
    )
    return sent(request, back_to=page)


def page_problem(request: HttpRequest) -> HttpResponse:
    """Report a problem with this page: a form under every page for the script,
    and this page of its own without it."""
    template = "feedback/page_problem.html"
    if request.method != "POST":
        form = PageProblemForm(initial={"page": request.GET.get("page", "")})
        return TemplateResponse(request, template, page_context(form))
    form = PageProblemForm(request.POST)
    if form.from_robot:
        return sent(request, back_to=safe_path(form.data.get("page", "")))
    if refused := refusal(request, form, template, page_context(form), scope="comment"):
        return refused
    page = form.cleaned_data["page"]
    actions.comment_create(
        kind=Kind.PAGE_PROBLEM,
        path=page,
        site=Site.find_for_request(request),
        doing=form.cleaned_data["doing"],
        comment=form.cleaned_data["comment"],
    )
    return sent(request, back_to=page)


def service_problem(request: HttpRequest, slug: str) -> HttpResponse:
    """Report a problem with a service's entry: out of date, closed, wrong contacts."""
    service = service_selectors.service_detail(slug=slug)
    if service is None:
        raise Http404("No live service has this address.")
    template = "feedback/service_problem.html"
    back_to = service.get_absolute_url()
    context = {"service": service, "back_to": back_to}
    if request.method != "POST":
        return TemplateResponse(request, template, {**context, "form": ServiceProblemForm()})
    form = ServiceProblemForm(request.POST)
    if form.from_robot:
        return sent(request, back_to=back_to, message=SERVICE_THANKS)
    if refused := refusal(request, form, template, {**context, "form": form}, scope="comment"):
        return refused
    actions.comment_create(
        kind=Kind.SERVICE_PROBLEM,
        path=back_to,
        service=service,
        reason=form.cleaned_data["reason"],
        comment=form.cleaned_data["comment"],
    )
    return sent(request, back_to=back_to, message=SERVICE_THANKS)


def comment(request: HttpRequest) -> HttpResponse:
    """Tell us what you think of the Local Offer: the comments regulation 56 asks for."""
    template = "feedback/comment.html"
    if request.method != "POST":
        form = CommentForm(initial={"page": request.GET.get("page", "")})
        return TemplateResponse(request, template, comment_context(form))
    form = CommentForm(request.POST)
    if form.from_robot:
        return redirect("feedback:comment_sent")
    if refused := refusal(request, form, template, comment_context(form), scope="comment"):
        return refused
    actions.comment_create(
        kind=Kind.COMMENT,
        path=form.cleaned_data["page"],
        site=Site.find_for_request(request),
        topic=form.cleaned_data["topic"],
        comment=form.cleaned_data["comment"],
        role=form.cleaned_data["role"],
        email=form.cleaned_data["email"],
    )
    return redirect("feedback:comment_sent")


def comment_sent(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "feedback/comment_sent.html",
        {
            "personal_data_days": settings.FEEDBACK_PERSONAL_DATA_DAYS,
            "you_said_we_did": selectors.you_said_we_did_page_live(),
        },
    )
