from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentConfig(AppConfig):
    name = "actiondesk.investment"
    label = "investment"
    verbose_name = _("招商引资")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.investment import panels

        panels.register()

        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.investment.keepers import register_keeper_areas

        register_keeper_areas()
