from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnterprisesConfig(AppConfig):
    name = "actiondesk.enterprises"
    label = "enterprises"
    verbose_name = _("企业梯度培育库")
