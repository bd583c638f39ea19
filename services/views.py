from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from . import selectors


def service_detail(request: HttpRequest, slug: str) -> HttpResponse:
    service = selectors.service_detail(slug=slug)
    if service is None:
        raise Http404("No live service has this address.")
    return TemplateResponse(request, "services/service_detail.html", {"service": service})
