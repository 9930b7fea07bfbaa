from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.enterprises.choices import ImportStatus
from actiondesk.enterprises.models.permissions import pool_edit_q


class EnterpriseImportJob(models.Model):
    """An uploaded enterprise import file and how far its validation and write have got."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name=_("上传人"))
    file_name = models.CharField(_("文件名"), max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64)
    data = models.BinaryField(_("文件内容"), editable=False, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.QUEUED)
    rows_total = models.PositiveIntegerField(_("总行数"), default=0)
    rows_processed = models.PositiveIntegerField(_("已处理行数"), default=0)
    errors = models.JSONField(_("错误"), default=list, blank=True)
    result = models.JSONField(_("结果"), default=dict, blank=True)
    created_at = models.DateTimeField(_("上传时间"), auto_now_add=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("企业导入任务")
        verbose_name_plural = _("企业导入任务")
        ordering = ["-created_at", "-pk"]
        constraints = [models.CheckConstraint(condition=models.Q(rows_processed__lte=models.F("rows_total")),
                                              name="import_job_processed_within_total")]

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.FAILED)

    @classmethod
    def scope_edit_q(cls, access):
        return pool_edit_q(access)
