from django.apps import AppConfig
from django.urls import register_converter
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from actiondesk.core.converters import IdConverter


class CoreConfig(AppConfig):
    name = "actiondesk.core"
    label = "core"
    verbose_name = _("平台基础")

    def ready(self):
        register_converter(IdConverter, "id")  # before any URLconf is loaded
        # Each app's metrics.py registers its metrics with actiondesk.core.metrics.
        autodiscover_modules("metrics")
        # Each app's jobs.py registers the long jobs it runs on the task queue (actiondesk.core.jobs).
        autodiscover_modules("jobs")
