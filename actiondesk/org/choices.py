from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("管理员")
    LEADER = "leader", _("领导")
    SUPERVISOR = "supervisor", _("督查")
    DEPARTMENT = "department", _("部门")
