from django.urls import path
from django.views.generic import RedirectView

from actiondesk.enterprises import views, views_io, views_ladders, views_parks, views_pool

app_name = "enterprises"
urlpatterns = [
    path("", views.enterprise_list, name="enterprise_list"),
    path("new/", views.enterprise_edit, name="enterprise_create"),
    path("mine/", views.my_enterprises, name="my_enterprises"),
    path("import/", views_io.import_upload, name="import_upload"),
    path("import/template.xlsx", views_io.import_template, name="import_template"),
    path("export.xlsx", views_io.export, name="export"),
    path("parks/<id:pk>/tenancies/", views_parks.tenancy_add, name="tenancy_add"),
    # The keepers of every area are named on one page now; the old address leads there.
    path("keepers/", RedirectView.as_view(pattern_name="org:keepers"), name="pool_keepers"),
    path("ladders/", views_ladders.ladder_list, name="ladder_list"),
    path("ladders/criteria/<id:pk>/edit/", views_ladders.criterion_edit, name="criterion_edit"),
    path("candidates/<slug:kind>/", views_ladders.candidates, name="candidates"),
    path("<id:pk>/", views.enterprise_detail, name="enterprise_detail"),
    path("<id:pk>/edit/", views.enterprise_edit, name="enterprise_edit"),
    path("<id:pk>/figures/", views.figures_edit, name="figures_edit"),
    path("<id:pk>/certifications/add/", views.certification_add, name="certification_add"),
    path("<id:pk>/certifications/<id:cert_pk>/edit/", views_pool.certification_edit, name="certification_edit"),
    path("<id:pk>/certifications/<id:cert_pk>/delete/", views_pool.certification_delete,
         name="certification_delete"),
    path("<id:pk>/notes/new/", views.note_edit, name="note_create"),
    path("<id:pk>/notes/<id:note_pk>/edit/", views.note_edit, name="note_edit"),
]
