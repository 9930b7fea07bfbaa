from django.urls import path

from actiondesk.supervision import views

app_name = "supervision"
urlpatterns = [
    path("", views.index, name="battle_map"),
]
