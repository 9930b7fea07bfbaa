from django.urls import path

from actiondesk.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.project_dashboard, name="project_dashboard"),
    path("list/", views.project_list, name="project_list"),
    path("<int:pk>/", views.project_detail, name="project_detail"),
    path("<int:pk>/investment/", views.project_investment_record, name="project_investment_record"),
    path("<int:pk>/stage/", views.project_stage_advance, name="project_stage_advance"),
    path("ledger/template.xlsx", views.ledger_template, name="ledger_template"),
    path("ledger/import/", views.ledger_upload, name="ledger_upload"),
    path("factors/", views.factor_list, name="factor_list"),
    path("factors/progress/", views.factor_progress, name="factor_progress"),
]
