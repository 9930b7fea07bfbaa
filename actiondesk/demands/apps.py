"""企业诉求: enterprise demands (最多找一人, 问题终结者), 包保 and visits, arrears, policies and the enterprise portal."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemandsConfig(AppConfig):
    name = "actiondesk.demands"
    label = "demands"
    verbose_name = _("企业诉求")

    def ready(self):
        # Imported here, not at the top: the panels read models, which are not loaded when apps.py is imported.
        from actiondesk.core.portal import register_portal
        from actiondesk.demands import panels, selectors

        # Here, not at the top: supervision's scoring reads models, not loaded when apps.py is imported.
        from actiondesk.supervision.scoring import register_score_component

        # The only paths an enterprise contact reaches: the portal's pages and its API (core.portal's fence).
        register_portal(home="/demands/portal/", prefixes=("/demands/portal/", "/api/demands/portal/"))
        panels.register()
        # Enterprise demands (on time, satisfaction, reopened) count in the 督导考核 score, weight 10 by default.
        register_score_component("demands", _("企业诉求办理"), compute=selectors.department_scores,
                                 compute_many=selectors.department_scores_many, default_weight=10)
