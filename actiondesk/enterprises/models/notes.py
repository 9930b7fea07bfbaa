from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import NoteStatus


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
