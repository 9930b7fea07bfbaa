from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FinanceConfig(AppConfig):
    name = "actiondesk.finance"
    label = "finance"
    verbose_name = _("金融服务")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.finance import panels

        panels.register()

        from actiondesk.core.keepers import register_area
        from actiondesk.finance.services import FINANCE, FINANCE_DEPARTMENT

        register_area(FINANCE, _("金融服务"), FINANCE_DEPARTMENT,
                      _("引导基金与投资、政银企对接与贷款、风险补偿资金池、上市梯队：新增记录的部门"))
