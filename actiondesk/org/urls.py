from django.urls import path

from actiondesk.org import views

app_name = "org"
urlpatterns = [
    path("users/", views.user_list, name="user_list"),
    path("users/<id:pk>/", views.user_detail, name="user_detail"),
    path("users/<id:pk>/password/", views.user_password, name="user_password"),
    path("users/<id:pk>/active/", views.user_active, name="user_active"),
    path("users/<id:pk>/unlock/", views.user_unlock, name="user_unlock"),
    path("departments/", views.department_list, name="department_list"),
    path("departments/<id:pk>/rename/", views.department_rename, name="department_rename"),
    path("keepers/", views.keeper_list, name="keepers"),
]
