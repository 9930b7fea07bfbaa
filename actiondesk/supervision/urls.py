from django.urls import path, re_path

from actiondesk.supervision import views, views_history, views_metrics, views_reports, views_settings

app_name = "supervision"
urlpatterns = [
    path("", views.battle_map, name="battle_map"),
    re_path(r"^export/(?P<code>\d{4}-\d{2})\.(?P<fmt>docx|xlsx)$", views.export, name="export"),
    path("indicators/<id:pk>/revise/", views.indicator_revise, name="indicator_revise"),
    path("comments/", views.comment_add, name="comment_add"),
    path("history/", views_history.history, name="history"),
    path("periods/<id:period_pk>/issue/", views_history.period_issue, name="period_issue"),
    path("settings/", views_settings.settings_plan, name="settings"),
    path("settings/indicators/<id:pk>/", views_settings.settings_indicator, name="settings_indicator"),
    path("plans/<id:plan_pk>/metrics/refresh/", views_metrics.metrics_refresh, name="metrics_refresh"),
    path("plans/<id:plan_pk>/metrics/refresh-stale/", views_metrics.metrics_refresh_stale,
         name="metrics_refresh_stale"),
    path("plans/<id:plan_pk>/metrics/jobs/<id:job_pk>/", views_metrics.metrics_refresh_job,
         name="metrics_refresh_job"),
    path("reports/", views_reports.report_list, name="report_list"),
    path("periods/<id:period_pk>/report/", views_reports.report_edit, name="report_edit"),
    path("reports/<id:pk>/", views_reports.report_detail, name="report_detail"),
    path("reports/<id:pk>/review/", views_reports.report_review, name="report_review"),
    path("attachments/<id:pk>/", views_reports.attachment_download, name="attachment_download"),
    path("periods/<id:period_pk>/report/preview/", views_reports.report_preview, name="report_preview"),
]
