from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentConfig(AppConfig):
    name = "actiondesk.investment"
    label = "investment"
    verbose_name = _("招商引资")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.investment import panels

        panels.register()

        from actiondesk.core.keepers import register_area
        from actiondesk.investment.services import PIPELINE, PIPELINE_DEPARTMENT

        register_area(PIPELINE, _("招商线索"), PIPELINE_DEPARTMENT,
                      _("招商线索的登记与导入；每条线索此后由其责任部门维护"))
