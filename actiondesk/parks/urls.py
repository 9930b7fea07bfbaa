from django.urls import path

from actiondesk.parks import views

app_name = "parks"
urlpatterns = [
    path("", views.park_list, name="park_list"),
    path("add/", views.park_save, name="park_create"),
    path("import/", views.park_import, name="park_import"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("<id:pk>/", views.park_detail, name="park_detail"),
    path("<id:pk>/edit/", views.park_save, name="park_update"),
    path("<id:pk>/buildings/", views.building_add, name="building_add"),
    path("buildings/<id:pk>/", views.building_update, name="building_update"),
    path("<id:pk>/parcels/", views.parcel_add, name="parcel_add"),
    path("parcels/<id:pk>/edit/", views.parcel_edit, name="parcel_edit"),
    path("parcels/<id:pk>/readiness/", views.readiness_set, name="readiness_set"),
]
