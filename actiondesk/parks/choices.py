from django.db import models
from django.utils.translation import gettext_lazy as _


# The plan's tasks 13–15: traditional parks to upgrade, modern parks to revive, emerging parks to build.
class ParkKind(models.TextChoices):
    TRADITIONAL = "traditional", _("传统产业园区")
    MODERN = "modern", _("现代产业园区")
    EMERGING = "emerging", _("新兴产业园区")


class ParcelStatus(models.TextChoices):
    RESERVE = "reserve", _("储备")
    READY = "ready", _("待出让")
    SOLD = "sold", _("已出让")
    BUILT = "built", _("已建成")


# 七通一平: seven utilities connected and the site levelled, checked item by item before 拿地即开工.
class ReadinessItem(models.TextChoices):
    ROAD = "road", _("通路")
    POWER = "power", _("通电")
    WATER = "water", _("通给水")
    DRAINAGE = "drainage", _("通排水")
    TELECOM = "telecom", _("通讯")
    GAS = "gas", _("通燃气")
    HEAT = "heat", _("通热力")
    LEVEL = "level", _("场地平整")
