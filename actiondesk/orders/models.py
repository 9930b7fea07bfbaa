"""督办单: an instruction carried to one or more departments, answered (several times if need be) and closed."""
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.versioning import Versioned
from actiondesk.orders.choices import OPEN_STATES, OrderPriority, OrderSourceKind, OrderState


class Order(Versioned):
    """A 督办单: a leader's 批示, a meeting decision or the supervision office's instruction to departments."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    subject = models.CharField(_("督办事项"), max_length=200)
    instruction = models.TextField(_("督办要求"))
    source_kind = models.CharField(_("来源"), max_length=12, choices=OrderSourceKind.choices,
                                   default=OrderSourceKind.OFFICE)
    # The 批示 the order carries (a supervision Comment), when it came from one.
    comment = models.ForeignKey("supervision.Comment", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="orders", verbose_name=_("领导批示"))
    # What the order is about: a task, indicator, milestone, project, a meeting item … (any model with a zone).
    source_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    source_id = models.PositiveBigIntegerField(_("来源对象ID"), null=True, blank=True)
    source = GenericForeignKey("source_type", "source_id")
    source_label = models.CharField(_("来源说明"), max_length=200, blank=True)
    departments = models.ManyToManyField("org.Department", related_name="orders", verbose_name=_("承办部门"))
    responsible = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("责任人"))
    due_on = models.DateField(_("办理时限"))
    priority = models.CharField(_("紧急程度"), max_length=10, choices=OrderPriority.choices,
                                default=OrderPriority.NORMAL)
    state = models.CharField(_("状态"), max_length=12, choices=OrderState.choices, default=OrderState.PENDING,
                             db_index=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("交办人"))
    created_by_name = models.CharField(_("交办人"), max_length=150)
    created_at = models.DateTimeField(_("交办时间"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("签收时间"), null=True, blank=True)
    replied_at = models.DateTimeField(_("最近回复时间"), null=True, blank=True)
    closed_at = models.DateTimeField(_("办结时间"), null=True, blank=True)
    closed_by_name = models.CharField(_("办结人"), max_length=150, blank=True)
    send_back_reason = models.TextField(_("退回原因"), blank=True)
    times_sent_back = models.PositiveIntegerField(_("退回次数"), default=0)
    last_reminded_on = models.DateField(_("最近催办日期"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("升级时间"), null=True, blank=True)

    scope_zone = "zone"
    scope_departments = ("departments",)
    scope_private = True  # a department sees the orders assigned to it; leaders and the office see all

    class Meta:
        verbose_name = _("督办单")
        verbose_name_plural = _("督办单")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~Q(subject=""), name="order_subject_not_empty"),
            models.CheckConstraint(condition=~Q(instruction=""), name="order_instruction_not_empty"),
            models.CheckConstraint(condition=Q(state=OrderState.CLOSED, closed_at__isnull=False)
                                   | (~Q(state=OrderState.CLOSED) & Q(closed_at__isnull=True)),
                                   name="order_closed_has_date"),
        ]
        indexes = [models.Index(fields=["source_type", "source_id"])]

    def __str__(self):
        return self.subject

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    def is_overdue(self, today) -> bool:
        return self.state != OrderState.CLOSED and self.due_on < today

    @classmethod
    def scope_edit_q(cls, access):
        # Departments reply to their own orders while they are open; the office acts through workflow services.
        if not access.is_department:
            return None
        return Q(departments=access.department_id, state__in=[*OPEN_STATES, OrderState.REPLIED])


class OrderReply(models.Model):
    """A department's 落实情况 on an order (an order may take several), with its attachments."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="replies")
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("回复部门"))
    text = models.TextField(_("落实情况"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    author_name = models.CharField(_("回复人"), max_length=150)
    created_at = models.DateTimeField(_("回复时间"), auto_now_add=True)

    scope_zone = "order__zone"
    scope_departments = ("order__departments",)
    scope_private = True

    class Meta:
        verbose_name = _("落实情况")
        verbose_name_plural = _("落实情况")
        ordering = ["created_at", "pk"]
        constraints = [models.CheckConstraint(condition=~Q(text=""), name="order_reply_not_empty")]

    def __str__(self):
        return self.text[:40]

    @classmethod
    def scope_edit_q(cls, access):
        return None  # a reply is never edited: a department adds another one


class OrderAttachment(models.Model):
    """A file sent with a reply (PDF, image or Office document)."""

    reply = models.ForeignKey(OrderReply, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("文件"), upload_to="orders/%Y/%m/")
    original_name = models.CharField(_("文件名"), max_length=255)
    size = models.PositiveIntegerField(_("大小"))
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    scope_zone = "reply__order__zone"
    scope_departments = ("reply__order__departments",)
    scope_private = True

    class Meta:
        verbose_name = _("附件")
        verbose_name_plural = _("附件")

    def __str__(self):
        return self.original_name

    @classmethod
    def scope_edit_q(cls, access):
        return None
