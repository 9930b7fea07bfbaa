from django.urls import path

from actiondesk.chainwork import views

app_name = "chainwork"
urlpatterns = [
    path("chains/<id:pk>/", views.docket, name="docket"),
    path("chains/<id:pk>/plan/", views.plan_save, name="plan_save"),
    path("chains/<id:pk>/plan/items/", views.plan_item_add, name="plan_item_add"),
    path("chains/<id:pk>/problems/", views.problem_add, name="problem_add"),
    path("problems/<id:pk>/", views.problem_update, name="problem_update"),
    path("chains/<id:pk>/meetings/", views.meeting_add, name="meeting_add"),
    path("meetings/<id:pk>/decisions/", views.decision_add, name="decision_add"),
    path("leaders/<id:pk>/", views.leader_page, name="leader"),
]
