from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TransformationConfig(AppConfig):
    name = "actiondesk.transformation"
    label = "transformation"
    verbose_name = _("数智绿色转型")
