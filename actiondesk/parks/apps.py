from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParksConfig(AppConfig):
    name = "actiondesk.parks"
    label = "parks"
    verbose_name = _("产业园区")

    def ready(self):
        # Imported here: core.keepers reads models, which are not loaded when apps.py is imported.
        from actiondesk.core.keepers import register_area
        from actiondesk.parks.migration_helpers import OWNER_DEPARTMENT
        from actiondesk.parks.services import PARKS

        register_area(PARKS, _("产业园区名录"), OWNER_DEPARTMENT,
                      _("园区的新增与导入；每个园区此后由其主管部门维护"))
