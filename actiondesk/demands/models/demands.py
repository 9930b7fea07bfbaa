"""Demands and what happens to them: visits that raise them, the demand, its parts and events, requests for figures."""
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.demands.choices import (
    Channel,
    DemandStatus,
    Escalation,
    EventKind,
    Rating,
)
from actiondesk.demands.models.setup import CONTACT_PATH, USER, DemandCategory


class Visit(models.Model):
    """A 包保 leader's visit to an enterprise (走访记录): who went, what was discussed."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="visits",
                                   verbose_name=_("企业"))
    leader = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="visits", verbose_name=_("包保领导"))
    visited_on = models.DateField(_("走访日期"))
    people = models.CharField(_("参加人员"), max_length=300, blank=True)
    topics = models.TextField(_("交流内容"), blank=True)
    recorded_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    scope_zone = "zone"

    class Meta:
        verbose_name = _("走访记录")
        verbose_name_plural = _("走访记录")
        ordering = ["-visited_on", "-pk"]
        indexes = [models.Index(fields=["enterprise", "visited_on"])]

    def __str__(self):
        return f"{self.enterprise} {self.visited_on}"

    @classmethod
    def scope_edit_q(cls, access):
        if access.is_admin:
            return Q()
        return Q(leader_id=access.user_id) if access.is_leader else None


class Demand(models.Model):
    """An enterprise's demand (企业诉求) with one named owner (最多找一人) and its deadlines."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="demands",
                                   verbose_name=_("企业"))
    channel = models.CharField(_("渠道"), max_length=10, choices=Channel.choices)
    category = models.ForeignKey(DemandCategory, on_delete=models.PROTECT, related_name="demands",
                                 verbose_name=_("类别"))
    title = models.CharField(_("诉求"), max_length=200)
    description = models.TextField(_("详细说明"), blank=True)
    attachment = models.FileField(_("附件"), upload_to="demands/%Y/%m/", blank=True)
    owner = models.ForeignKey(USER, on_delete=models.PROTECT, related_name="owned_demands",
                              verbose_name=_("责任人"))
    owner_department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                         verbose_name=_("责任部门"))
    status = models.CharField(_("状态"), max_length=12, choices=DemandStatus.choices,
                              default=DemandStatus.SUBMITTED)
    raised_on = models.DateField(_("提出日期"))
    accept_due = models.DateField(_("受理时限"))
    resolve_due = models.DateField(_("办结时限"))
    accepted_on = models.DateField(_("受理日期"), null=True, blank=True)
    closed_on = models.DateField(_("办结日期"), null=True, blank=True)
    resolution = models.TextField(_("办理结果"), blank=True)
    rating = models.CharField(_("评价"), max_length=12, choices=Rating.choices, blank=True)
    rated_on = models.DateField(_("评价日期"), null=True, blank=True)
    reopen_count = models.PositiveSmallIntegerField(_("重新办理次数"), default=0)
    escalation = models.PositiveSmallIntegerField(_("升级"), choices=Escalation.choices, default=Escalation.NONE)
    order = models.ForeignKey("orders.Order", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                              verbose_name=_("督办单"))
    visit = models.ForeignKey(Visit, on_delete=models.SET_NULL, null=True, blank=True, related_name="demands",
                              verbose_name=_("走访记录"))
    raised_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    scope_zone = "zone"
    scope_departments = ("owner_department", "parts__department")
    scope_enterprise_user = CONTACT_PATH

    class Meta:
        verbose_name = _("企业诉求")
        verbose_name_plural = _("企业诉求")
        ordering = ["-raised_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=Q(resolve_due__gte=F("accept_due")) & Q(accept_due__gte=F("raised_on")),
                                   name="demand_deadlines_ordered"),
            models.CheckConstraint(condition=Q(rating="") | Q(rated_on__isnull=False), name="demand_rating_dated"),
        ]
        indexes = [models.Index(fields=["zone", "status", "resolve_due"]),
                   models.Index(fields=["zone", "raised_on"]), models.Index(fields=["enterprise", "status"])]

    def __str__(self):
        return self.title

    @classmethod
    def scope_edit_q(cls, access):
        """The owner's department runs the demand (accept, close); admins may too."""
        if access.is_admin:
            return Q()
        return Q(owner_department_id=access.department_id) if access.is_department else None


class DemandPart(models.Model):
    """A cooperating department's part of a demand (协办) and its answer."""

    demand = models.ForeignKey(Demand, on_delete=models.CASCADE, related_name="parts", verbose_name=_("诉求"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("协办部门"))
    request = models.CharField(_("协办事项"), max_length=300)
    answer = models.TextField(_("答复"), blank=True)
    answered_on = models.DateField(_("答复日期"), null=True, blank=True)
    answered_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    scope_zone = "demand__zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("协办事项")
        verbose_name_plural = _("协办事项")
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["demand", "department"], name="demand_part_unique")]

    def __str__(self):
        return f"{self.department} · {self.request}"


class DemandEvent(models.Model):
    """A step in a demand's history (受理, 协办答复, 办结, 评价 …), shown to the enterprise too."""

    demand = models.ForeignKey(Demand, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("事项"), max_length=16, choices=EventKind.choices)
    on = models.DateField(_("日期"))
    note = models.CharField(_("说明"), max_length=500, blank=True)
    actor = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    scope_zone = "demand__zone"
    scope_enterprise_user = "demand__" + CONTACT_PATH

    class Meta:
        ordering = ["on", "pk"]

    def __str__(self):
        return f"{self.on} {self.get_kind_display()}"


class FigureRequest(models.Model):
    """The zone asks an enterprise for its yearly figures; the contact answers on the portal."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="figure_requests", verbose_name=_("企业"))
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("请求部门"))
    year = models.PositiveSmallIntegerField(_("年度"))
    note = models.CharField(_("说明"), max_length=300, blank=True)
    due_on = models.DateField(_("报送期限"))
    answered_on = models.DateField(_("报送日期"), null=True, blank=True)

    scope_zone = "zone"
    scope_departments = ("department",)
    scope_enterprise_user = CONTACT_PATH

    class Meta:
        verbose_name = _("数据报送请求")
        verbose_name_plural = _("数据报送请求")
        ordering = ["-due_on", "pk"]

    def __str__(self):
        return f"{self.enterprise} · {self.year}"
