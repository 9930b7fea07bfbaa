"""企业诉求 and 包保: demands with one owner, cooperating departments' parts, the zone's calendar, visits, arrears,
policies and the enterprise portal's accounts."""
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.demands.choices import (
    BeneficiaryStatus,
    Channel,
    DemandStatus,
    Escalation,
    EventKind,
    Rating,
    RegistrationStatus,
)

USER = settings.AUTH_USER_MODEL
AMOUNT = {"max_digits": 14, "decimal_places": 2}
CONTACT_PATH = "enterprise__portal_contacts__user"


def _admin_only(access):
    return Q() if access.is_admin else None


class Holiday(models.Model):
    """A day of the zone's calendar that differs from the week: a holiday, or a weekend day worked (调休)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    day = models.DateField(_("日期"))
    name = models.CharField(_("名称"), max_length=40, blank=True)
    is_workday = models.BooleanField(_("调休上班"), default=False)

    scope_zone = "zone"
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("节假日")
        verbose_name_plural = _("节假日")
        ordering = ["day"]
        constraints = [models.UniqueConstraint(fields=["zone", "day"], name="holiday_unique_day")]

    def __str__(self):
        return f"{self.day} {self.name}"


class DemandSettings(models.Model):
    """The zone's escalation thresholds and the 包保 visit reminder (read as defaults until an admin saves them)."""

    zone = models.OneToOneField("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    order_after_days = models.PositiveSmallIntegerField(_("逾期多少日发督办单"), default=10)
    leaders_after_days = models.PositiveSmallIntegerField(_("逾期多少日告包保领导"), default=30)
    visit_every_days = models.PositiveSmallIntegerField(_("走访提醒天数"), default=90)

    scope_zone = "zone"
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("诉求设置")
        verbose_name_plural = _("诉求设置")
        constraints = [models.CheckConstraint(condition=Q(leaders_after_days__gte=F("order_after_days")),
                                              name="demand_settings_leaders_after_order")]

    def __str__(self):
        return str(_("诉求设置"))


class DemandCategory(models.Model):
    """A kind of demand the zone names (用地, 融资 …) with its deadlines in working days and its default owner."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    name = models.CharField(_("名称"), max_length=40)
    accept_days = models.PositiveSmallIntegerField(_("受理时限（工作日）"), default=5)
    resolve_days = models.PositiveSmallIntegerField(_("办结时限（工作日）"), default=30)
    owner = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                              verbose_name=_("默认责任人"))
    leader_in_charge = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                         verbose_name=_("分管领导"))
    sort_order = models.PositiveSmallIntegerField(_("排序"), default=0)

    scope_zone = "zone"
    scope_enterprise_user = "zone__memberships__user"  # enterprise contacts pick a category when raising a demand
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("诉求类别")
        verbose_name_plural = _("诉求类别")
        ordering = ["sort_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="demand_category_unique_name"),
                       models.CheckConstraint(condition=Q(accept_days__gte=1) & Q(resolve_days__gte=F("accept_days")),
                                              name="demand_category_deadlines_ordered")]

    def __str__(self):
        return self.name


class PortalContact(models.Model):
    """An enterprise's contact account on the portal (Role.ENTERPRISE), bound to one enterprise of the registry."""

    user = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="portal_contact")
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE,
                                   related_name="portal_contacts", verbose_name=_("企业"))
    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)

    scope_zone = "enterprise__zone"
    scope_enterprise_user = "user"
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("企业门户账号")
        verbose_name_plural = _("企业门户账号")

    def __str__(self):
        return f"{self.enterprise} · {self.user}"


class PortalRegistration(models.Model):
    """A self-registration on the portal: a claim to speak for an enterprise, verified by the zone before any
    account exists (the password is kept only as a hash)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18)
    enterprise_name = models.CharField(_("企业名称"), max_length=200)
    contact_name = models.CharField(_("联系人"), max_length=50)
    contact_phone = models.CharField(_("联系电话"), max_length=30)
    username = models.CharField(_("用户名"), max_length=150)
    password_hash = models.CharField(max_length=200)
    status = models.CharField(_("状态"), max_length=10, choices=RegistrationStatus.choices,
                              default=RegistrationStatus.PENDING)
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("核验企业"))
    decided_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    note = models.CharField(_("核验说明"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("申请时间"), auto_now_add=True)

    scope_zone = "zone"
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("门户注册申请")
        verbose_name_plural = _("门户注册申请")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.enterprise_name} · {self.username}"


class LeaderLiaison(models.Model):
    """The department that works for a 管委会 leader on the enterprises the leader is paired with (包保联络部门)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    leader = models.OneToOneField(USER, on_delete=models.CASCADE, related_name="liaison", verbose_name=_("包保领导"))
    department = models.ForeignKey("org.Department", on_delete=models.CASCADE, related_name="+",
                                   verbose_name=_("联络部门"))

    scope_zone = "zone"
    scope_edit_q = classmethod(lambda cls, access: _admin_only(access))

    class Meta:
        verbose_name = _("包保联络部门")
        verbose_name_plural = _("包保联络部门")

    def __str__(self):
        return f"{self.leader} · {self.department}"


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


class Policy(models.Model):
    """A policy for enterprises (送政策), with its conditions as data over the registry (see demands.matching)."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    title = models.CharField(_("政策名称"), max_length=200)
    issuer = models.CharField(_("发布单位"), max_length=100)
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("兑现部门"))
    benefit = models.CharField(_("支持内容"), max_length=300)
    conditions = models.JSONField(_("适用条件"), default=list, blank=True)
    deadline = models.DateField(_("截止日期"), null=True, blank=True)
    automatic = models.BooleanField(_("免申即享"), default=False)

    scope_zone = "zone"
    scope_departments = ("department",)
    scope_enterprise_user = "zone__memberships__user"  # every contact sees the library; matching picks theirs
    audit_labels = {"proposed": _("新列入免申即享名单")}

    class Meta:
        verbose_name = _("惠企政策")
        verbose_name_plural = _("惠企政策")
        ordering = ["deadline", "pk"]

    def __str__(self):
        return self.title


class PolicyBeneficiary(models.Model):
    """An enterprise a 免申即享 policy applies to, proposed by matching and confirmed by the department."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="beneficiaries")
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(_("状态"), max_length=10, choices=BeneficiaryStatus.choices,
                              default=BeneficiaryStatus.PROPOSED)
    decided_by = models.ForeignKey(USER, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    decided_on = models.DateField(null=True, blank=True)

    scope_zone = "policy__zone"
    scope_departments = ("policy__department",)

    class Meta:
        verbose_name = _("免申即享名单")
        verbose_name_plural = _("免申即享名单")
        constraints = [models.UniqueConstraint(fields=["policy", "enterprise"], name="beneficiary_unique")]

    def __str__(self):
        return f"{self.policy} · {self.enterprise}"


class Arrear(models.Model):
    """Money a public body owes an enterprise (拖欠账款), with its repayment plan."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="+", verbose_name=_("示范区"))
    enterprise = models.ForeignKey("enterprises.Enterprise", on_delete=models.CASCADE, related_name="arrears",
                                   verbose_name=_("企业"))
    debtor = models.CharField(_("欠款单位"), max_length=100)
    department = models.ForeignKey("org.Department", on_delete=models.PROTECT, related_name="+",
                                   verbose_name=_("清欠责任部门"))
    amount = models.DecimalField(_("欠款金额(万元)"), **AMOUNT)
    due_on = models.DateField(_("应付日期"))
    plan = models.CharField(_("还款计划"), max_length=300, blank=True)

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("拖欠账款")
        verbose_name_plural = _("拖欠账款")
        ordering = ["due_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="arrear_amount_positive")]

    def __str__(self):
        return f"{self.debtor} → {self.enterprise}"


class Repayment(models.Model):
    """A payment made on an arrear."""

    arrear = models.ForeignKey(Arrear, on_delete=models.CASCADE, related_name="repayments")
    paid_on = models.DateField(_("还款日期"))
    amount = models.DecimalField(_("还款金额(万元)"), **AMOUNT)

    scope_zone = "arrear__zone"
    scope_departments = ("arrear__department",)

    class Meta:
        verbose_name = _("还款")
        verbose_name_plural = _("还款")
        ordering = ["paid_on", "pk"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="repayment_amount_positive")]

    def __str__(self):
        return f"{self.arrear} · {self.paid_on}"
