from django.urls import path

from actiondesk.core import views_jobs

app_name = "jobs"
urlpatterns = [
    path("", views_jobs.job_list, name="job_list"),
    path("<id:pk>/", views_jobs.job_detail, name="job_detail"),
    path("<id:pk>/progress/", views_jobs.job_progress, name="job_progress"),
    path("<id:pk>/retry/", views_jobs.job_retry_view, name="job_retry"),
]
