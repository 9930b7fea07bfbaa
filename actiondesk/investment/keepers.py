"""Who records new 招商线索: the keepers of the area ``investment.pipeline`` (``core.keepers``)."""
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import register_area

PIPELINE = "investment.pipeline"
PIPELINE_DEPARTMENT = "投资促进局"  # the default keeper until an admin names others


def register_keeper_areas() -> None:
    """Called by InvestmentConfig.ready."""
    register_area(PIPELINE, _("招商线索"), PIPELINE_DEPARTMENT, _("招商线索的登记与导入；每条线索此后由其责任部门维护"))
