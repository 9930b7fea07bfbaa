from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    name = "actiondesk.parks"
    label = "parks"
    verbose_name = _("产业园区")

    def ready(self):
        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.parks.keepers import register_keeper_areas

        register_keeper_areas()
