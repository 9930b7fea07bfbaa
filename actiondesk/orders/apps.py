"""督办: 督办单: a leader's 批示 or a meeting decision carried to a department and back."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "actiondesk.orders"
    label = "orders"
    verbose_name = _("督办")

    def ready(self):
        # Imported once the app registry is ready: panels import forms that query models.
        from actiondesk.orders import panels, selectors

        # Here, not at the top: supervision's scoring reads models, not loaded when apps.py is imported.
        from actiondesk.supervision.scoring import register_score_component

        panels.register()
        # 督办单 closed on time count in the 督导考核 score (weight 10 until the admin sets it on the settings page).
        register_score_component("orders", _("督办单按时办结"), compute=selectors.department_scores,
                                 compute_many=selectors.department_scores_many, default_weight=10)
