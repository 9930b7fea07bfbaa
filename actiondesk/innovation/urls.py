from django.urls import path
from django.views.generic import RedirectView

from actiondesk.innovation import views, views_matching

app_name = "innovation"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("achievements/", views.achievement_list, name="achievement_list"),
    path("achievements/export.xlsx", views.achievement_export, name="achievement_export"),
    path("achievements/<id:pk>/", views.achievement_detail, name="achievement_detail"),
    path("achievements/<id:pk>/stage/", views.achievement_stage, name="achievement_stage"),
    path("achievements/new/", views.achievement_create, name="achievement_create"),
    path("achievements/<id:pk>/adopt/", views.achievement_adopt, name="achievement_adopt"),
    path("platforms/new/", views.platform_create, name="platform_create"),
    path("events/new/", views.event_create, name="event_create"),
    path("scenes/<id:pk>/state/", views.scene_state, name="scene_state"),
    path("contracts/", views.contract_list, name="contract_list"),
    path("contracts/template.xlsx", views.contract_template, name="contract_template"),
    path("contracts/export.xlsx", views.contract_export, name="contract_export"),
    path("contracts/import/", views.contract_import, name="contract_import"),
    path("scenes/", views.scene_list, name="scene_list"),
    path("scenes/new/", views.scene_create, name="scene_create"),
    path("scenes/<id:pk>/", views.scene_detail, name="scene_detail"),
    path("scenes/<id:pk>/match/<id:other_pk>/", views.scene_decide, name="scene_decide"),
    path("scenes/<id:pk>/benchmark/", views.scene_benchmark, name="scene_benchmark"),
    path("scenes/<id:pk>/achievements/", views_matching.scene_achievements, name="scene_achievements"),
    # The keepers of every area are named on one page now; the old address leads there.
    path("keepers/", RedirectView.as_view(pattern_name="org:keepers"), name="keepers"),
    path("dockings/", views.docking_list, name="docking_list"),
    path("talent/", views.talent_map, name="talent_map"),
    path("talent/template.xlsx", views.talent_template, name="talent_template"),
    path("talent/import/", views.talent_import, name="talent_import"),
]
