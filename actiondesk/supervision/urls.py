from django.urls import path, re_path

from actiondesk.supervision import views, views_metrics, views_reports, views_settings

app_name = "supervision"
urlpatterns = [
    path("", views.battle_map, name="battle_map"),
    re_path(r"^export/(?P<code>\d{4}-\d{2})\.(?P<fmt>docx|xlsx)$", views.export, name="export"),
    path("indicators/<int:pk>/revise/", views.indicator_revise, name="indicator_revise"),
    path("comments/", views.comment_add, name="comment_add"),
    path("settings/", views_settings.settings_plan, name="settings"),
    path("settings/indicators/<int:pk>/", views_settings.settings_indicator, name="settings_indicator"),
    path("plans/<int:plan_pk>/metrics/refresh/", views_metrics.metrics_refresh, name="metrics_refresh"),
    path("plans/<int:plan_pk>/metrics/refresh-stale/", views_metrics.metrics_refresh_stale,
         name="metrics_refresh_stale"),
    path("plans/<int:plan_pk>/metrics/jobs/<int:job_pk>/", views_metrics.metrics_refresh_job,
         name="metrics_refresh_job"),
    path("reports/", views_reports.report_list, name="report_list"),
    path("periods/<int:period_pk>/report/", views_reports.report_edit, name="report_edit"),
    path("reports/<int:pk>/", views_reports.report_detail, name="report_detail"),
    path("reports/<int:pk>/review/", views_reports.report_review, name="report_review"),
    path("reports/<int:pk>/preview/", views_reports.report_preview, name="report_preview"),
    path("attachments/<int:pk>/", views_reports.attachment_download, name="attachment_download"),
]
