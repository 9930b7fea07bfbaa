from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChainworkConfig(AppConfig):
    name = "actiondesk.chainwork"
    label = "chainwork"
    verbose_name = _("链长制")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.chainwork import panels

        panels.register()
