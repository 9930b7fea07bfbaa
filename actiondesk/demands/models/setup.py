"""企业诉求 set-up: the zone's calendar and thresholds, categories, portal accounts and leaders' liaisons."""
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.demands.choices import (
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
