from django.urls import path

from actiondesk.investment import views

app_name = "investment"
urlpatterns = [
    path("", views.lead_list, name="lead_list"),
    path("add/", views.lead_create, name="lead_create"),
    path("import/", views.lead_import, name="lead_import"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("conversion/", views.conversion, name="conversion"),
    path("<id:pk>/", views.lead_detail, name="lead_detail"),
    path("<id:pk>/edit/", views.lead_edit, name="lead_edit"),
    path("<id:pk>/stage/", views.lead_advance, name="lead_advance"),
]
