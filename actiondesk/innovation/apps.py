from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InnovationConfig(AppConfig):
    name = "actiondesk.innovation"
    label = "innovation"
    verbose_name = _("科技创新与场景")

    def ready(self):
        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.innovation.models.keepers import register_keeper_areas

        register_keeper_areas()
