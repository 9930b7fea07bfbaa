from django.contrib import admin

from actiondesk.supervision.models import IndicatorSchedule, LastYearValue, SupervisionSettings


@admin.register(SupervisionSettings)
class SupervisionSettingsAdmin(admin.ModelAdmin):
    list_display = ("plan", "period_kind", "due_day", "normal_band", "severe_band", "weight_on_time",
                    "weight_progress", "weight_overdue", "weight_returned", "escalate_after_days")


@admin.register(IndicatorSchedule)
class IndicatorScheduleAdmin(admin.ModelAdmin):
    list_display = ("indicator", "normal_band", "severe_band")


@admin.register(LastYearValue)
class LastYearValueAdmin(admin.ModelAdmin):
    list_display = ("indicator", "month", "value")
    list_filter = ("month",)
