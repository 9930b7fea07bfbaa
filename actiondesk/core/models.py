import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from actiondesk.core.notification_text import text_for


class AuditAction(models.TextChoices):
    CREATE = "create", _("新增")
    UPDATE = "update", _("修改")
    DELETE = "delete", _("删除")
    IMPORT = "import", _("导入")
    WORKFLOW = "workflow", _("流程")
    LOCKOUT = "lockout", _("登录锁定")


class AuditImmutable(Exception):
    """Raised when code tries to change or delete an audit entry (the trail is append-only)."""


class AuditEntryQuerySet(models.QuerySet):
    # Bulk changes bypass save()/delete(): they are refused here. On PostgreSQL a trigger refuses them in
    # the database too (migration core 0004); SQLite has only this layer, because Django's flush of the
    # test database deletes rows there. The base manager stays plain so deleting a user can still clear
    # actor (SET_NULL; actor_name keeps the name), the one change the trigger also allows.
    def update(self, **kwargs):
        raise AuditImmutable("审计记录只能追加，不能修改")

    def delete(self):
        raise AuditImmutable("审计记录只能追加，不能删除")

    def bulk_update(self, objs, fields, batch_size=None):
        raise AuditImmutable("审计记录只能追加，不能修改")


class AuditEntry(models.Model):
    """One change to business data: who made it, when, and the values before and after."""

    # PROTECT: deleting a zone must not silently take its audit trail with it.
    zone = models.ForeignKey("org.Zone", on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("示范区"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("操作人")
    )
    actor_name = models.CharField(_("操作人"), max_length=150, blank=True)
    at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)
    action = models.CharField(_("操作"), max_length=20, choices=AuditAction.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True)
    object_id = models.CharField(_("对象ID"), max_length=64, blank=True)
    object_repr = models.CharField(_("对象"), max_length=300, blank=True)
    before = models.JSONField(_("修改前"), null=True, blank=True)
    after = models.JSONField(_("修改后"), null=True, blank=True)
    note = models.TextField(_("说明"), blank=True)
    # Batch imports record one entry with file name, hash, counts and the previous values here.
    batch = models.JSONField(_("批次信息"), null=True, blank=True)

    scope_zone = "zone"

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("审计记录")
        verbose_name_plural = _("审计记录")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.get_action_display()} {self.object_repr}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditImmutable("审计记录只能追加，不能修改")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditImmutable("审计记录只能追加，不能删除")


def _new_token() -> str:
    # Kept for migration 0001 (tokens were stored in plain text before 0002).
    import secrets

    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What is stored for a token: its SHA-256 (a token is 256 random bits, so no salt or stretching is needed)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A bearer token a user created for scripts that call the REST API (only its hash is kept)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens",
                             verbose_name=_("用户"))
    name = models.CharField(_("用途"), max_length=100, blank=True)
    key_hash = models.CharField(_("令牌摘要"), max_length=64, unique=True)
    # The first characters let a user tell their tokens apart without the token being stored.
    prefix = models.CharField(_("令牌前缀"), max_length=12, blank=True)
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    expires_at = models.DateTimeField(_("到期时间"), null=True, blank=True)
    last_used_at = models.DateTimeField(_("最近使用"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("撤销时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("API 令牌")
        verbose_name_plural = _("API 令牌")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.user} · {self.name or self.prefix}"

    def is_active_at(self, moment) -> bool:
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > moment)


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("排队中")
    RUNNING = "running", _("运行中")
    DONE = "done", _("已完成")
    FAILED = "failed", _("失败")


ACTIVE_JOB_STATUSES = (JobStatus.QUEUED, JobStatus.RUNNING)


class Job(models.Model):
    """A long piece of work run by a task worker (an import, a refresh, reminders), with its progress and outcome."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name=_("发起人"))
    kind = models.CharField(_("类型"), max_length=40)
    # What the job writes to ("zone:3", "plan:7"): at most one queued or running job per kind and target.
    target = models.CharField(_("对象"), max_length=100)
    title = models.CharField(_("名称"), max_length=255, blank=True)
    params = models.JSONField(_("参数"), default=dict, blank=True)
    data = models.BinaryField(_("上传文件"), editable=False, blank=True, default=b"")
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    status = models.CharField(_("状态"), max_length=12, choices=JobStatus.choices, default=JobStatus.QUEUED)
    step = models.CharField(_("步骤"), max_length=20, blank=True)
    rows_total = models.PositiveIntegerField(_("总行数"), default=0)
    rows_done = models.PositiveIntegerField(_("已处理行数"), default=0)
    errors = models.JSONField(_("错误"), default=list, blank=True)
    result = models.JSONField(_("结果"), default=dict, blank=True)
    attempts = models.PositiveIntegerField(_("运行次数"), default=0)
    task_id = models.CharField(_("任务队列ID"), max_length=64, blank=True)
    worker = models.CharField(_("工作进程"), max_length=120, blank=True)
    heartbeat_at = models.DateTimeField(_("最近心跳"), null=True, blank=True)
    created_at = models.DateTimeField(_("提交时间"), auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("后台任务")
        verbose_name_plural = _("后台任务")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "target"], condition=models.Q(status__in=ACTIVE_JOB_STATUSES),
                                    name="job_one_active_per_target"),
            models.CheckConstraint(condition=models.Q(rows_done__lte=models.F("rows_total")),
                                   name="job_done_within_total"),
        ]

    def __str__(self):
        return f"{self.kind} {self.target} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (JobStatus.DONE, JobStatus.FAILED)

    @property
    def retryable(self) -> bool:
        """Failed, and not on its input itself (a refused scan would only fail again)."""
        return self.status == JobStatus.FAILED and not (self.result or {}).get("final")

    @classmethod
    def scope_visible_q(cls, access):
        # Admins follow every job of their zone; everyone else the jobs they started.
        return models.Q() if access.is_admin else models.Q(user_id=access.user_id)

    @classmethod
    def scope_edit_q(cls, access):
        return cls.scope_visible_q(access)


class ScheduleRun(models.Model):
    """The last slot a periodic schedule was enqueued for, so a restarted scheduler does not enqueue it again."""

    name = models.CharField(_("计划"), max_length=60, unique=True)
    last_due_at = models.DateTimeField(_("最近一次应运行时间"))
    last_enqueued_at = models.DateTimeField(_("最近一次入队时间"))

    class Meta:
        verbose_name = _("定时计划")
        verbose_name_plural = _("定时计划")

    def __str__(self):
        return f"{self.name} @ {self.last_due_at:%Y-%m-%d %H:%M}"


class NotificationKind(models.TextChoices):
    """What a notification is about; apps above core raise the kinds they own (and may add generic ones here)."""

    REPORT_RETURNED = "report_returned", _("报告被退回")
    REPORT_DUE = "report_due", _("报告即将到期")
    MILESTONE_DUE = "milestone_due", _("节点即将到期")
    MILESTONE_OVERDUE = "milestone_overdue", _("节点逾期")
    ORDER_NEW = "order_new", _("新督办单")
    ORDER_REPLY = "order_reply", _("督办单收到回复")
    ORDER_CLOSED = "order_closed", _("督办单已办结")
    ORDER_SENT_BACK = "order_sent_back", _("督办单被退回")
    ORDER_REMINDER = "order_reminder", _("督办单催办")
    ORDER_ESCALATED = "order_escalated", _("督办单逾期升级")
    COMMENT = "comment", _("收到领导批示")
    DEMAND_ASSIGNED = "demand_assigned", _("企业诉求交办")
    DEMAND_ESCALATED = "demand_escalated", _("企业诉求升级")
    MEETING_DECISION = "meeting_decision", _("会议议定事项")
    GENERAL = "general", _("通知")


class Notification(models.Model):
    """One item in a user's bell: something happened that this user should look at (read or not yet)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications",
                                  verbose_name=_("接收人"))
    kind = models.CharField(_("类型"), max_length=30, choices=NotificationKind.choices)
    text = models.CharField(_("内容"), max_length=500)  # the official (Chinese) rendering of ``message``
    message = models.JSONField(_("消息数据"), default=dict, blank=True)  # core.notification_text: msgid and params
    url = models.CharField(_("链接"), max_length=500, blank=True)
    actor_name = models.CharField(_("发起人"), max_length=150, blank=True)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    target_id = models.PositiveBigIntegerField(_("对象ID"), null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    created_at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("已读时间"), null=True, blank=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("消息")
        verbose_name_plural = _("消息")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "read_at"]), models.Index(fields=["target_type", "target_id"])]

    def __str__(self):
        return self.text[:60]

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    @property
    def display_text(self) -> str:
        """The message in the reader's language (the stored Chinese ``text`` when it has none or it does not fit)."""
        return text_for(self.message, self.text)

    @classmethod
    def scope_visible_q(cls, access):
        # A bell is personal: everyone, admins included, sees only their own notifications.
        return models.Q(recipient_id=access.user_id)

    @classmethod
    def scope_edit_q(cls, access):
        return models.Q(recipient_id=access.user_id)


class Keeper(models.Model):
    """A department an admin named to keep one registered area (``core.keepers``) in a zone; a row without a
    department says the admin chose "admins only", which sets aside the area's default department."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    area = models.CharField(_("范围"), max_length=60)
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="keeps_areas",
                                   null=True, blank=True, verbose_name=_("部门"))

    scope_zone = "zone"

    class Meta:
        verbose_name = _("维护部门")
        verbose_name_plural = _("维护部门")
        constraints = [models.UniqueConstraint(fields=["zone", "area", "department"], name="core_keeper_unique"),
                       # NULLs are distinct in the constraint above, so "admins only" gets its own.
                       models.UniqueConstraint(fields=["zone", "area"], condition=models.Q(department__isnull=True),
                                               name="core_keeper_admins_only_unique")]

    def __str__(self):
        return f"{self.area} · {self.department or _('仅管理员')}"

    @classmethod
    def scope_edit_q(cls, access):
        return models.Q() if access.is_admin else None
