from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.org.choices import Role

# "机关各部门" in a plan means every department; it is never stored as a department.
EVERY_DEPARTMENT = "机关各部门"


class Zone(models.Model):
    """A development zone that runs its own plans on this deployment."""

    name = models.CharField(_("名称"), max_length=100, unique=True)
    short_name = models.CharField(_("简称"), max_length=40, blank=True)
    has_demo_data = models.BooleanField(_("含演示数据"), default=False)

    class Meta:
        verbose_name = _("示范区")
        verbose_name_plural = _("示范区")

    def __str__(self):
        return self.name


class Department(models.Model):
    """A bureau of the zone's administration (发展改革局, 产业创新局 …)."""

    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="departments", verbose_name=_("示范区"))
    name = models.CharField(_("名称"), max_length=100)
    sort_order = models.PositiveIntegerField(_("排序"), default=0)

    class Meta:
        verbose_name = _("部门")
        verbose_name_plural = _("部门")
        ordering = ["sort_order", "name"]
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="department_unique_name_per_zone")]

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A user's place in one zone: the role and, for department staff, the department."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    zone = models.ForeignKey(Zone, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("示范区"))
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices)
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, null=True, blank=True, related_name="members", verbose_name=_("部门")
    )
    title = models.CharField(_("职务"), max_length=60, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("用户角色")
        verbose_name_plural = _("用户角色")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(role=Role.DEPARTMENT) | models.Q(department__isnull=False),
                name="membership_department_staff_have_department",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.get_role_display()}"


Department.scope_zone = "zone"
Zone.scope_zone = ""
Membership.scope_zone = "zone"
