from django.urls import path

from actiondesk.projects import views, views_approvals, views_edit

app_name = "projects"
urlpatterns = [
    path("", views.project_dashboard, name="project_dashboard"),
    path("list/", views.project_list, name="project_list"),
    path("new/", views_edit.project_create, name="project_create"),
    path("<id:pk>/", views.project_detail, name="project_detail"),
    path("<id:pk>/edit/", views_edit.project_edit, name="project_edit"),
    path("<id:pk>/problems/", views_edit.problem_add, name="problem_add"),
    path("<id:pk>/problems/<id:problem_pk>/", views_edit.problem_edit, name="problem_edit"),
    path("<id:pk>/needs/", views_edit.need_add, name="need_add"),
    path("<id:pk>/needs/<id:need_pk>/", views_edit.need_edit, name="need_edit"),
    path("<id:pk>/investment/", views.project_investment_record, name="project_investment_record"),
    path("<id:pk>/stage/", views.project_stage_advance, name="project_stage_advance"),
    path("<id:pk>/approvals/", views_approvals.approvals_create, name="approvals_create"),
    path("<id:pk>/approvals/<id:approval_pk>/", views_approvals.approval_edit, name="approval_edit"),
    path("approvals/", views_approvals.approval_list, name="approval_list"),
    path("approvals/steps/", views_approvals.approval_steps, name="approval_steps"),
    path("approvals/steps/<id:step_pk>/", views_approvals.approval_step_edit, name="approval_step_edit"),
    path("ledger/template.xlsx", views.ledger_template, name="ledger_template"),
    path("ledger/import/", views.ledger_upload, name="ledger_upload"),
    path("factors/", views.factor_list, name="factor_list"),
    path("factors/progress/", views.factor_progress, name="factor_progress"),
]
