from django.urls import path

from actiondesk.enterprises import views

app_name = "enterprises"
urlpatterns = [
    path("", views.index, name="enterprise_list"),
]
