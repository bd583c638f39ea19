"""Admin views beyond Wagtail's own: the one-click "reviewed, still correct", and
uploading an Open Referral UK file."""

import re
import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.decorators.http import require_POST
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .actions import mark_service_reviewed
from .importers import ImportFileError, import_services, read_records
from .models import ResponsibleBody, Service

# The largest file the admin takes (checked before it is parsed): about 7,500
# services as export_oruk writes them (6.6 KB each). Put the same bound on the
# request body at the proxy (nginx client_max_body_size), so a bigger upload is
# refused before Django spools it to disk.
MAX_UPLOAD_MB = 50


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


# ---------------------------------------------------------------------- ORUK upload


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label="Open Referral UK JSON file",
        help_text="A JSON array of services in the ORUK 3.0 service_full shape, or a list "
        f"with 'contents'. Up to {MAX_UPLOAD_MB} MB.",
    )
    responsible_body = forms.ModelChoiceField(
        ResponsibleBody.objects.all(),
        required=False,
        empty_label="None: reject records that name none",
        help_text="For records that do not say which body is responsible.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise ValidationError(f"The file is larger than {MAX_UPLOAD_MB} MB.")
        content = upload.read()
        try:
            self.records = read_records(content)
        except ImportFileError as error:
            raise ValidationError(str(error)) from None
        return content


class ImportView(WagtailAdminTemplateMixin, View):
    """Upload an ORUK file, see what would happen record by record, then confirm.

    The upload is checked in a transaction that is rolled back; the file waits
    in storage under a random name until it is confirmed.
    """

    template_name = "services/admin/import.html"
    page_title = "Import services"
    header_icon = "upload"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": "Home"},
        {"url": "", "label": "Import services"},
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("services.publish_service"):
            raise PermissionDenied  # imported services go live
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportUploadForm()))

    def post(self, request):
        if "token" in request.POST:
            return self.confirm(request)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        body = form.cleaned_data["responsible_body"]
        report = import_services(form.records, default_body=body, dry_run=True)
        token = uuid.uuid4().hex
        default_storage.save(pending_path(token), ContentFile(form.cleaned_data["file"]))
        return self.render_to_response(
            self.get_context_data(report=report, token=token, body=body, checked=True)
        )

    def confirm(self, request):
        token = request.POST.get("token", "")
        path = pending_path(token) if re.fullmatch(r"[0-9a-f]{32}", token) else None
        if path is None or not default_storage.exists(path):
            messages.error(request, "That upload has gone: upload the file again.")
            return redirect("services_import")
        body_id = request.POST.get("body", "")
        body = ResponsibleBody.objects.filter(
            pk=body_id if re.fullmatch(r"[0-9a-f-]{36}", body_id) else None
        ).first()
        try:
            with default_storage.open(path, "rb") as stored:
                records = read_records(stored.read())
        except ImportFileError as error:  # checked at upload: only if storage changed it
            default_storage.delete(path)
            messages.error(request, f"{error} Upload the file again.")
            return redirect("services_import")
        report = import_services(records, default_body=body)
        default_storage.delete(path)
        messages.success(request, f"Imported. {report.summary}")
        return self.render_to_response(self.get_context_data(report=report, done=True))


def pending_path(token: str) -> str:
    return f"oruk-imports/{token}.json"
