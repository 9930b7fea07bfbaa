from django.urls import path

from actiondesk.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.index, name="project_dashboard"),
]
