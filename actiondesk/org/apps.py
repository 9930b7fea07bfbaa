from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrgConfig(AppConfig):
    name = "actiondesk.org"
    label = "org"
    verbose_name = _("组织与用户")

    def ready(self):
        from django.contrib.auth import get_user_model

        # Audit entries about accounts (created, locked, unlocked) carry these keys besides User's own fields;
        # org owns the accounts, so it names them for the audit trail (core.audit_display reads audit_labels).
        get_user_model().audit_labels = {
            "role": _("角色"), "department": _("部门"), "cleared_attempts": _("清除的登录失败记录"),
            "ip_address": _("地址"), "account_limit": _("账号失败上限"), "address_limit": _("地址失败上限"),
            "cooloff_minutes": _("锁定分钟数"),
        }
