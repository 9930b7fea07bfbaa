from django.urls import path
from django.views.generic import RedirectView

from actiondesk.transformation import views

app_name = "transformation"
urlpatterns = [
    path("", views.pool, name="pool"),
    path("coverage/", views.coverage, name="coverage"),
    path("projects/", views.project_list, name="project_list"),
    path("projects/<id:pk>/edit/", views.project_edit, name="project_edit"),
    path("projects/<id:pk>/cases/new/", views.project_case_add, name="project_case_add"),
    path("enterprises/<id:pk>/diagnoses/new/", views.enterprise_diagnosis_add, name="enterprise_diagnosis_add"),
    path("enterprises/<id:pk>/ratings/new/", views.enterprise_rating_add, name="enterprise_rating_add"),
    path("enterprises/<id:pk>/projects/new/", views.enterprise_project_add, name="enterprise_project_add"),
    path("ratings/<id:pk>/edit/", views.rating_edit, name="rating_edit"),
    path("diagnoses/<id:pk>/report/", views.diagnosis_report, name="diagnosis_report"),
    path("diagnoses/<id:pk>/delete/", views.diagnosis_delete, name="diagnosis_delete"),
    path("cases/", views.case_list, name="case_list"),
    path("cases/<id:pk>/edit/", views.case_edit, name="case_edit"),
    path("cases/<id:pk>/review/", views.case_review, name="case_review"),
    path("solutions/", views.solution_list, name="solution_list"),
    path("solutions/new/", views.solution_create, name="solution_create"),
    path("solutions/<id:pk>/edit/", views.solution_edit, name="solution_edit"),
    path("guides/", views.guide_list, name="guide_list"),
    path("guides/<str:industry>/edit/", views.guide_edit, name="guide_edit"),
    path("import/", views.import_upload, name="import_upload"),
    path("import/template/", views.import_template, name="import_template"),
    path("settings/", views.pool_settings, name="settings"),
    # Who keeps the pool is named on the one 维护部门 page now; the old address leads to the settings page, which
    # shows the keepers, links there and keeps the diagnosis validity.
    path("editors/", RedirectView.as_view(pattern_name="transformation:settings"), name="editors"),
]
