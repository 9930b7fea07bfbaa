from django.urls import path

from actiondesk.plans import views, views_import, views_milestones

app_name = "plans"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("mine/", views.my_department, name="my_department"),
    path("tasks/<id:pk>/", views.task_detail, name="task_detail"),
    path("indicators/<id:pk>/", views.indicator_detail, name="indicator_detail"),
    path("indicators/<id:pk>/edit/", views.indicator_edit, name="indicator_edit"),
    path("<id:pk>/bind-metrics/", views.bind_suggested_metrics, name="bind_suggested_metrics"),
    path("import/", views_import.upload, name="import_upload"),
    path("import/<id:pk>/review/", views_import.review, name="import_review"),
    path("milestones/", views_milestones.milestone_grid, name="milestone_grid"),
    path("milestones/import/", views_milestones.milestone_import, name="milestone_import"),
    path("milestones/<id:pk>/", views_milestones.milestone_detail, name="milestone_detail"),
    path("milestones/<id:pk>/evidence/", views_milestones.milestone_evidence, name="milestone_evidence"),
    path("milestones/<id:pk>/approve/", views_milestones.milestone_review, {"action": "approve"},
         name="milestone_approve"),
    path("milestones/<id:pk>/verify/", views_milestones.milestone_review, {"action": "verify"},
         name="milestone_verify"),
]
