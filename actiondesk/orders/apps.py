"""督办: 督办单: a leader's 批示 or a meeting decision carried to a department and back."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "actiondesk.orders"
    label = "orders"
    verbose_name = _("督办")

    def ready(self):
        # Imported once the app registry is ready: panels import forms that query models.
        from actiondesk.orders import panels

        panels.register()
