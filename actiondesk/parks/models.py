from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from actiondesk.parks.choices import ParcelStatus, ParkKind, ReadinessItem

AREA = {"max_digits": 12, "decimal_places": 2}


class Park(models.Model):
    """An industrial park (产业园区) of the zone, where enterprises and projects are placed."""

    zone = models.ForeignKey("org.Zone", on_delete=models.CASCADE, related_name="parks", verbose_name=_("示范区"))
    name = models.CharField(_("园区名称"), max_length=100)
    kind = models.CharField(_("园区类型"), max_length=20, choices=ParkKind.choices, blank=True)
    area_mu = models.DecimalField(_("规划面积(亩)"), **AREA, null=True, blank=True)
    operator = models.CharField(_("运营平台"), max_length=100, blank=True)
    # The department that keeps the park's record (发展改革局 by default, see services.park_owner_department).
    department = models.ForeignKey("org.Department", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="parks", verbose_name=_("主管部门"))
    note = models.TextField(_("说明"), blank=True)

    scope_zone = "zone"
    scope_departments = ("department",)

    class Meta:
        verbose_name = _("产业园区")
        verbose_name_plural = _("产业园区")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["zone", "name"], name="park_unique_name_per_zone"),
            models.CheckConstraint(condition=Q(area_mu__isnull=True) | Q(area_mu__gte=0),
                                   name="park_area_not_negative"),
        ]

    def __str__(self):
        return self.name


class Building(models.Model):
    """A building of a park (标准厂房, 孵化楼…) with its floor area and the part standing empty."""

    park = models.ForeignKey(Park, on_delete=models.CASCADE, related_name="buildings", verbose_name=_("园区"))
    name = models.CharField(_("楼宇/厂房"), max_length=100)
    floor_area_m2 = models.DecimalField(_("建筑面积(㎡)"), **AREA)
    vacant_area_m2 = models.DecimalField(_("空置面积(㎡)"), **AREA, default=0)

    scope_zone = "park__zone"
    scope_departments = ("park__department",)

    class Meta:
        verbose_name = _("楼宇厂房")
        verbose_name_plural = _("楼宇厂房")
        ordering = ["park", "name"]
        constraints = [
            models.UniqueConstraint(fields=["park", "name"], name="building_unique_name_per_park"),
            models.CheckConstraint(condition=Q(vacant_area_m2__gte=0) & Q(vacant_area_m2__lte=F("floor_area_m2")),
                                   name="building_vacancy_within_floor_area"),
        ]

    def __str__(self):
        return self.name


class LandParcel(models.Model):
    """A land parcel of a park, offered as 标准地 with its control terms and its 七通一平 readiness."""

    park = models.ForeignKey(Park, on_delete=models.CASCADE, related_name="parcels", verbose_name=_("园区"))
    code = models.CharField(_("地块编号"), max_length=40)
    area_mu = models.DecimalField(_("面积(亩)"), **AREA)
    land_use = models.CharField(_("用地性质"), max_length=40, blank=True, default="工业用地")
    status = models.CharField(_("状态"), max_length=20, choices=ParcelStatus.choices, default=ParcelStatus.RESERVE)
    # 标准地 control terms (亩均): the floors a buyer commits to, and the energy ceiling.
    min_investment_per_mu = models.DecimalField(_("亩均投资强度(万元/亩)≥"), **AREA, null=True, blank=True)
    min_output_per_mu = models.DecimalField(_("亩均产出(万元/亩)≥"), **AREA, null=True, blank=True)
    min_tax_per_mu = models.DecimalField(_("亩均税收(万元/亩)≥"), **AREA, null=True, blank=True)
    max_energy_per_mu = models.DecimalField(_("亩均能耗(吨标煤/亩)≤"), **AREA, null=True, blank=True)
    min_plot_ratio = models.DecimalField(_("容积率≥"), max_digits=6, decimal_places=2, null=True, blank=True)

    scope_zone = "park__zone"
    scope_departments = ("park__department",)

    class Meta:
        verbose_name = _("地块")
        verbose_name_plural = _("地块")
        ordering = ["park", "code"]
        constraints = [
            models.UniqueConstraint(fields=["park", "code"], name="parcel_unique_code_per_park"),
            models.CheckConstraint(condition=Q(area_mu__gt=0), name="parcel_area_positive"),
        ]

    def __str__(self):
        return f"{self.park.name} {self.code}" if self.park_id else self.code


class ParcelReadiness(models.Model):
    """One 七通一平 item of a parcel: whether it is done, and when."""

    parcel = models.ForeignKey(LandParcel, on_delete=models.CASCADE, related_name="readiness",
                               verbose_name=_("地块"))
    item = models.CharField(_("事项"), max_length=20, choices=ReadinessItem.choices)
    is_ready = models.BooleanField(_("已完成"), default=False)
    ready_on = models.DateField(_("完成日期"), null=True, blank=True)
    note = models.CharField(_("说明"), max_length=200, blank=True)

    scope_zone = "parcel__park__zone"
    scope_departments = ("parcel__park__department",)

    class Meta:
        verbose_name = _("七通一平事项")
        verbose_name_plural = _("七通一平事项")
        ordering = ["parcel", "item"]
        constraints = [models.UniqueConstraint(fields=["parcel", "item"], name="readiness_unique_item_per_parcel")]
