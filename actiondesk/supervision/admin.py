from django.contrib import admin

from actiondesk.core.admin_scope import ZoneScopedAdmin
from actiondesk.supervision.models import IndicatorSchedule, LastYearValue, SupervisionSettings


@admin.register(SupervisionSettings)
class SupervisionSettingsAdmin(ZoneScopedAdmin):
    list_display = ("plan", "period_kind", "due_day", "normal_band", "severe_band", "weight_on_time",
                    "weight_progress", "weight_overdue", "weight_returned", "escalate_after_days")


@admin.register(IndicatorSchedule)
class IndicatorScheduleAdmin(ZoneScopedAdmin):
    list_display = ("indicator", "normal_band", "severe_band")


@admin.register(LastYearValue)
class LastYearValueAdmin(ZoneScopedAdmin):
    list_display = ("indicator", "month", "value")
    list_filter = ("month",)
