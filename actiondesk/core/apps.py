from django.apps import AppConfig
from django.urls import register_converter
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _

from actiondesk.core.converters import IdConverter


class CoreConfig(AppConfig):
    name = "actiondesk.core"
    label = "core"
    verbose_name = _("平台基础")

    def ready(self):
        register_converter(IdConverter, "id")  # before any URLconf is loaded
        # Each app's metrics.py registers its metrics with actiondesk.core.metrics.
        autodiscover_modules("metrics")
        # Each app's jobs.py registers the long jobs it runs on the task queue (actiondesk.core.jobs).
        autodiscover_modules("jobs")
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_logged_in

        # Imported once the app registry is ready: these modules import models (axes', core's, org's).
        from actiondesk.core.lockout import audit_lockout, forget_failures_on_sign_in
        from actiondesk.core.notification_panels import register as register_bell  # 我的部门 panel
        from actiondesk.core.sessions import stamp_sign_in

        user_locked_out.connect(audit_lockout, dispatch_uid="actiondesk_audit_lockout")
        user_logged_in.connect(stamp_sign_in, dispatch_uid="actiondesk_stamp_sign_in")
        user_logged_in.connect(forget_failures_on_sign_in, dispatch_uid="actiondesk_forget_failures")
        register_bell()
