from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("管理员")
    LEADER = "leader", _("领导")
    SUPERVISOR = "supervisor", _("督查")
    DEPARTMENT = "department", _("部门")
    # An enterprise's contact: reaches only the enterprise portal, never the government side (core.portal).
    ENTERPRISE = "enterprise", _("企业")


# The roles of the zone's own staff: the users page offers these; enterprise accounts come from the portal.
STAFF_ROLES = [(value, label) for value, label in Role.choices if value != Role.ENTERPRISE]
