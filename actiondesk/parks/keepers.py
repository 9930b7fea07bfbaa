"""Who adds parks to the registry: the keepers of the area ``parks.registry`` (``core.keepers``)."""
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import register_area
from actiondesk.parks.migration_helpers import OWNER_DEPARTMENT

PARKS = "parks.registry"


def register_keeper_areas() -> None:
    """Called by ParksConfig.ready; 发展改革局 keeps the registry until an admin names others."""
    register_area(PARKS, _("产业园区名录"), OWNER_DEPARTMENT, _("园区的新增与导入；每个园区此后由其主管部门维护"))
