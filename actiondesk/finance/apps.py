from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinanceConfig(AppConfig):
    name = "actiondesk.finance"
    label = "finance"
    verbose_name = _("金融服务")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.finance import panels

        panels.register()

        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.finance.keepers import register_keeper_areas

        register_keeper_areas()
