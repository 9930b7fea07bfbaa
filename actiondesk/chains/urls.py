from django.urls import path

from actiondesk.chains import views, views_manage, views_outputs

app_name = "chains"
urlpatterns = [
    path("", views.chain_list, name="chain_list"),
    path("<int:pk>/", views.chain_map, name="chain_map"),
    path("<int:pk>/policy/", views.chain_policy_update, name="chain_policy_update"),
    path("<int:pk>/enterprises/", views_manage.chain_placements, name="chain_placements"),
    path("<int:pk>/enterprises/search/", views_manage.enterprise_search, name="enterprise_search"),
    path("<int:pk>/enterprises/add/", views_manage.placement_add, name="placement_add"),
    path("placements/<int:pk>/remove/", views_manage.placement_remove, name="placement_remove"),
    path("targets/<int:pk>/edit/", views_manage.investment_target_edit, name="investment_target_edit"),
    path("<int:pk>/outputs/", views_outputs.chain_outputs, name="chain_outputs"),
    path("<int:pk>/outputs/template.xlsx", views_outputs.chain_outputs_template, name="chain_outputs_template"),
    path("<int:pk>/outputs/import/", views_outputs.chain_outputs_import, name="chain_outputs_import"),
    path("segments/<int:pk>/", views.segment_panel, name="segment_panel"),
    path("segments/<int:pk>/targets/", views.investment_target_create, name="investment_target_create"),
]
