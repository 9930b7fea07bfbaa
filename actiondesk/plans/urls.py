from django.urls import path

from actiondesk.plans import views, views_import

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
]
