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

        from actiondesk.core.keepers import register_area
        from actiondesk.enterprises.models.permissions import POOL

        # No default department: until an admin names keepers, only admins edit the pool.
        register_area(POOL, _("企业梯度培育库"), None, _("企业档案、资质、年度数据与导入；一企一策由负责部门办理"))


def _zone_created(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        # Imported here: apps.py is loaded before any model, and services import models.
        from actiondesk.core.scoping import SYSTEM
        from actiondesk.enterprises.services import ladders_load_defaults

        ladders_load_defaults(zone_id=instance.pk, acting_user=SYSTEM)
