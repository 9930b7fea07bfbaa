from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnterprisesConfig(AppConfig):
    name = "actiondesk.enterprises"
    label = "enterprises"
    verbose_name = _("企业梯度培育库")

    def ready(self):
        from django.db.models.signals import post_save

        from actiondesk.org.models import Zone  # models load only once the app registry is ready

        # A new zone gets the default ladders when it is created (existing zones got them from migration
        # 0005), so no page ever creates them on first view.
        post_save.connect(_zone_created, sender=Zone, dispatch_uid="enterprises_default_ladders")

        from actiondesk.enterprises import panels  # renders templates, so loaded once apps are ready

        panels.register()

        # Imported here: it reads core's models, which are not loaded when apps.py is imported.
        from actiondesk.enterprises.models.permissions import register_keeper_areas

        register_keeper_areas()


def _zone_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        # Imported here: apps.py is loaded before any model, and services import models.
        from actiondesk.core.scoping import SYSTEM
        from actiondesk.enterprises.services import ladders_load_defaults

        ladders_load_defaults(zone_id=instance.pk, acting_user=SYSTEM)
