from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisionConfig(AppConfig):
    name = "actiondesk.supervision"
    label = "supervision"
    verbose_name = _("督导考核")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.supervision import panels

        panels.register()
