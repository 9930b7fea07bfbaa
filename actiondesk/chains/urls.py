from django.urls import path

from actiondesk.chains import views

app_name = "chains"
urlpatterns = [
    path("", views.chain_list, name="chain_list"),
    path("<int:pk>/", views.chain_map, name="chain_map"),
    path("<int:pk>/policy/", views.chain_policy_update, name="chain_policy_update"),
    path("segments/<int:pk>/", views.segment_panel, name="segment_panel"),
    path("segments/<int:pk>/targets/", views.investment_target_create, name="investment_target_create"),
]
