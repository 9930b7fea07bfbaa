"""Who edits the innovation records: keeper departments per area (admins name them; the plan's lead departments
until then) and the scoping mixins the records use."""
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.innovation.choices import (
    KeeperArea,
)
from actiondesk.org.models import Department

MONEY = {"max_digits": 14, "decimal_places": 2}
# The departments that keep each area while a zone has named none (the plan's lead departments).
DEFAULT_KEEPERS = {KeeperArea.REGISTRY: "产业创新局", KeeperArea.SCENES: "发展改革局"}


class InnovationKeeper(models.Model):
    """A department that keeps one area of the innovation registries (named by a zone admin)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="innovation_keepers",
                             verbose_name=_("示范区"))
    area = models.CharField(_("范围"), max_length=20, choices=KeeperArea.choices)
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="+",
                                   verbose_name=_("部门"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("科技创新维护部门")
        verbose_name_plural = _("科技创新维护部门")
        constraints = [models.UniqueConstraint(fields=["zone", "area", "department"], name="innovation_keeper_unique")]

    def __str__(self):
        return f"{self.get_area_display()} · {self.department}"

    @classmethod
    def scope_edit_q(cls, access):
        return Q() if access.is_admin else None


def keeper_department_ids(zone_id: int, area: str) -> set[int]:
    named = set(InnovationKeeper.objects.filter(zone_id=zone_id, area=area).values_list("department_id", flat=True))
    if named:
        return named
    return set(Department.objects.filter(zone_id=zone_id, name=DEFAULT_KEEPERS[area]).values_list("pk", flat=True))


def keeps(access, area: str) -> bool:
    if access is None:
        return False
    if access.is_admin:
        return True
    return access.is_department and access.department_id in keeper_department_ids(access.zone_id, area)


def edit_q(access, area: str):
    return Q() if keeps(access, area) else None


class RegistryKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.REGISTRY)


class SceneKept:
    @classmethod
    def scope_edit_q(cls, access):
        return edit_q(access, KeeperArea.SCENES)
