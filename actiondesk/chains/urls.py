from django.urls import path

from actiondesk.chains import views, views_manage, views_outputs

app_name = "chains"
urlpatterns = [
    path("", views.chain_list, name="chain_list"),
    path("<id:pk>/", views.chain_map, name="chain_map"),
    path("<id:pk>/policy/", views.chain_policy_update, name="chain_policy_update"),
    path("<id:pk>/enterprises/", views_manage.chain_placements, name="chain_placements"),
    path("<id:pk>/enterprises/search/", views_manage.enterprise_search, name="enterprise_search"),
    path("<id:pk>/enterprises/add/", views_manage.placement_add, name="placement_add"),
    path("placements/<id:pk>/remove/", views_manage.placement_remove, name="placement_remove"),
    path("targets/<id:pk>/edit/", views_manage.investment_target_edit, name="investment_target_edit"),
    path("<id:pk>/outputs/", views_outputs.chain_outputs, name="chain_outputs"),
    path("<id:pk>/outputs/template.xlsx", views_outputs.chain_outputs_template, name="chain_outputs_template"),
    path("<id:pk>/outputs/import/", views_outputs.chain_outputs_import, name="chain_outputs_import"),
    path("segments/<id:pk>/", views.segment_panel, name="segment_panel"),
    path("segments/<id:pk>/targets/", views.investment_target_create, name="investment_target_create"),
]
