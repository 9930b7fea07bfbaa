from django.urls import path

from actiondesk.chains import views

app_name = "chains"
urlpatterns = [
    path("", views.index, name="chain_list"),
]
