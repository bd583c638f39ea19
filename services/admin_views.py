"""Admin views beyond Wagtail's own: the one-click "reviewed, still correct"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .actions import mark_service_reviewed
from .models import Service


@require_POST
def mark_reviewed(request, pk, *, permission_policy, list_url_name: str):
    service = get_object_or_404(Service, pk=pk)
    if not permission_policy.user_has_permission_for_instance(request.user, "change", service):
        raise PermissionDenied
    lock = service.get_lock()
    if lock is not None and lock.for_user(request.user):
        messages.error(request, f"“{service}” is locked: {lock.get_message(request.user)}")
    else:
        mark_service_reviewed(service, user=request.user)
        messages.success(
            request,
            f"“{service}” marked as reviewed today. "
            f"Its next review is due on {service.review_due:%-d %B %Y}.",
        )
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect(list_url_name)
