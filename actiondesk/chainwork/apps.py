from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChainworkConfig(AppConfig):
    name = "actiondesk.chainwork"
    label = "chainwork"
    verbose_name = _("链长制")
