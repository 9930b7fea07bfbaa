from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.core.versioning import Versioned
from actiondesk.enterprises.choices import ScaleStatus
from actiondesk.enterprises.models.permissions import pool_edit_q

MONEY = {"max_digits": 16, "decimal_places": 2, "null": True, "blank": True}


class Enterprise(Versioned):
    """An enterprise in the zone's registry, identified by its 统一社会信用代码."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="enterprises", verbose_name=_("示范区"))
    credit_code = models.CharField(_("统一社会信用代码"), max_length=18)
    name = models.CharField(_("企业名称"), max_length=200)
    former_names = models.CharField(_("曾用名"), max_length=400, blank=True, help_text=_("多个用“；”分隔"))
    industry_code = models.CharField(_("行业代码"), max_length=10, blank=True)
    industry_section = models.CharField(_("行业门类"), max_length=1, blank=True)
    park = models.ForeignKey("parks.Park", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="enterprises", verbose_name=_("所在园区"))
    address = models.CharField(_("地址"), max_length=200, blank=True)
    registered_on = models.DateField(_("成立日期"), null=True, blank=True)
    contact_name = models.CharField(_("联系人"), max_length=50, blank=True)
    contact_phone = models.CharField(_("联系电话"), max_length=30, blank=True)
    scale_status = models.CharField(_("四上状态"), max_length=10, choices=ScaleStatus.choices, blank=True,
                                    default=ScaleStatus.NONE)
    scale_entered_on = models.DateField(_("入规/入限日期"), null=True, blank=True)
    leader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="assigned_enterprises", verbose_name=_("包保领导"),
                               limit_choices_to={"membership__role": "leader"})
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True, null=True)

    scope_zone = "zone"

    class Meta:
        verbose_name = _("企业")
        verbose_name_plural = _("企业")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "credit_code"], name="enterprise_unique_credit_code_per_zone"),
            models.CheckConstraint(condition=~Q(scale_status="") | Q(scale_entered_on__isnull=True),
                                   name="enterprise_scale_date_needs_status"),
        ]
        indexes = [models.Index(fields=["zone", "industry_section"])]

    def __str__(self):
        return self.name

    @classmethod
    def scope_edit_q(cls, access):
        return pool_edit_q(access)


class EnterpriseYearFigures(models.Model):
    """An enterprise's key figures for one year (money in 万元)."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="figures",
                                   verbose_name=_("企业"))
    year = models.PositiveSmallIntegerField(_("年度"))
    revenue = models.DecimalField(_("营业收入(万元)"), **MONEY)
    main_revenue = models.DecimalField(_("主营业务收入(万元)"), **MONEY)
    tax = models.DecimalField(_("纳税(万元)"), **MONEY)
    rnd_expense = models.DecimalField(_("研发费用(万元)"), **MONEY)
    employees = models.PositiveIntegerField(_("从业人员"), null=True, blank=True)
    tech_staff = models.PositiveIntegerField(_("科技人员"), null=True, blank=True)
    total_assets = models.DecimalField(_("资产总额(万元)"), **MONEY)
    liabilities = models.DecimalField(_("负债(万元)"), **MONEY)
    net_profit = models.DecimalField(_("净利润(万元)"), **MONEY)
    hightech_revenue = models.DecimalField(_("高新技术产品收入(万元)"), **MONEY)
    ip_class1 = models.PositiveIntegerField(_("Ⅰ类知识产权"), null=True, blank=True)
    ip_class2 = models.PositiveIntegerField(_("Ⅱ类知识产权"), null=True, blank=True)
    equity_financing = models.DecimalField(_("股权融资(万元)"), **MONEY)
    energy_tce = models.DecimalField(_("综合能耗(吨标准煤)"), **MONEY)

    scope_zone = "enterprise__zone"

    class Meta:
        verbose_name = _("企业年度数据")
        verbose_name_plural = _("企业年度数据")
        ordering = ["enterprise", "year"]
        constraints = [
            models.UniqueConstraint(fields=["enterprise", "year"], name="figures_unique_enterprise_year"),
            models.CheckConstraint(condition=Q(revenue__isnull=True) | Q(revenue__gte=0),
                                   name="figures_revenue_not_negative"),
            models.CheckConstraint(condition=Q(tech_staff__isnull=True) | Q(employees__isnull=True)
                                   | Q(tech_staff__lte=F("employees")), name="figures_tech_staff_within_employees"),
        ]

    def __str__(self):
        return f"{self.enterprise_id} · {self.year}"

    @classmethod
    def scope_edit_q(cls, access):
        return pool_edit_q(access)


FIGURE_FIELDS = ("revenue", "main_revenue", "tax", "rnd_expense", "employees", "tech_staff", "total_assets",
                 "liabilities", "net_profit", "hightech_revenue", "ip_class1", "ip_class2", "equity_financing",
                 "energy_tce")


class ParkTenancy(models.Model):
    """An enterprise's stay on land in a park: the 亩 it occupies, from when to when (亩均效益 counts it)."""

    enterprise = models.ForeignKey(Enterprise, on_delete=models.CASCADE, related_name="tenancies",
                                   verbose_name=_("企业"))
    park = models.ForeignKey("parks.Park", on_delete=models.CASCADE, related_name="tenancies",
                             verbose_name=_("园区"))
    area_mu = models.DecimalField(_("用地面积(亩)"), max_digits=12, decimal_places=2)
    moved_in_on = models.DateField(_("入驻日期"), null=True, blank=True)
    moved_out_on = models.DateField(_("迁出日期"), null=True, blank=True)

    scope_zone = "enterprise__zone"
    scope_departments = ("park__department",)

    class Meta:
        verbose_name = _("入驻用地")
        verbose_name_plural = _("入驻用地")
        ordering = ["park", "enterprise", "moved_in_on"]
        constraints = [
            models.CheckConstraint(condition=Q(area_mu__gt=0), name="tenancy_area_positive"),
            models.CheckConstraint(condition=Q(moved_out_on__isnull=True) | Q(moved_in_on__isnull=True)
                                   | Q(moved_out_on__gt=F("moved_in_on")), name="tenancy_out_after_in"),
        ]

    def __str__(self):
        return f"{self.enterprise_id} @ {self.park_id}"
