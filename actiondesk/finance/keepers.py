"""Who records new 金融+ rows: the keepers of the area ``finance.registry`` (``core.keepers``)."""
from django.utils.translation import gettext_lazy as _

from actiondesk.core.keepers import register_area

FINANCE = "finance.registry"
FINANCE_DEPARTMENT = "财政金融局"  # the default keeper until an admin names others


def register_keeper_areas() -> None:
    """Called by FinanceConfig.ready."""
    register_area(FINANCE, _("金融服务"), FINANCE_DEPARTMENT,
                  _("引导基金与投资、政银企对接与贷款、风险补偿资金池、上市梯队：新增记录的部门"))
