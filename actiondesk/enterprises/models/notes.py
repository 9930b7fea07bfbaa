from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import NoteStatus


class PoolKeeper(models.Model):
    """A department that keeps the zone's enterprise pool and may edit it (named by a zone admin)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="pool_keepers", verbose_name=_("示范区"))
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="+",
                                   verbose_name=_("部门"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("培育库维护部门")
        verbose_name_plural = _("培育库维护部门")
        constraints = [models.UniqueConstraint(fields=["zone", "department"], name="pool_keeper_unique")]

    def __str__(self):
        return str(self.department)

    @classmethod
    def scope_edit_q(cls, access):
        return Q() if access.is_admin else None


class PolicyNote(models.Model):
    """A 一企一策 entry: what the enterprise needs, the measure, who owns it and by when."""

    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="policy_notes",
                                   verbose_name=_("企业"))
    need = models.CharField(_("诉求"), max_length=300)
    measure = models.TextField(_("措施"), blank=True)
    owner_department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="policy_notes",
                                         verbose_name=_("责任部门"))
    due_on = models.DateField(_("完成时限"), null=True, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=NoteStatus.choices, default=NoteStatus.OPEN)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    scope_zone = "enterprise__zone"
    scope_departments = ("owner_department",)

    class Meta:
        verbose_name = _("一企一策")
        verbose_name_plural = _("一企一策")
        ordering = ["enterprise", "due_on", "pk"]

    def __str__(self):
        return self.need
