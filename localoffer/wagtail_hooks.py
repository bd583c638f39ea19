"""The admin, site-wide: times in revision comparisons read as the public pages write them."""

from django.db import models
from wagtail.admin.compare import FieldComparison, register_comparison_class

from .templatetags.govuk import govuk_time


class TimeFieldComparison(FieldComparison):
    """ "4:30pm", as on the service's page, rather than "16:30:00"."""

    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a, self.val_b = (govuk_time(v) if v else "" for v in (self.val_a, self.val_b))


register_comparison_class(models.TimeField, comparison_class=TimeFieldComparison)
