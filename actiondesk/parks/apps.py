from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    name = "actiondesk.parks"
    label = "parks"
    verbose_name = _("产业园区")
