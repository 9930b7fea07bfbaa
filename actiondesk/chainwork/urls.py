from django.urls import path

from actiondesk.chainwork import views, views_plans

app_name = "chainwork"
urlpatterns = [
    path("chains/<id:pk>/", views_plans.docket, name="docket"),
    path("chains/<id:pk>/plan/", views_plans.plan_save, name="plan_save"),
    path("chains/<id:pk>/plan/items/", views_plans.plan_item_add, name="plan_item_add"),
    path("chains/<id:pk>/plan/route/", views_plans.route_step_add, name="route_step_add"),
    path("chains/<id:pk>/plan.xlsx", views_plans.plan_export, name="plan_export"),
    path("items/<id:pk>/milestones/", views_plans.item_milestone_add, name="item_milestone_add"),
    path("chains/<id:pk>/problems/", views.problem_add, name="problem_add"),
    path("problems/", views.problem_list, name="problem_list"),
    path("problems/<id:pk>/", views.problem_update, name="problem_update"),
    path("chains/<id:pk>/meetings/", views.meeting_add, name="meeting_add"),
    path("meetings/<id:pk>/decisions/", views.decision_add, name="decision_add"),
    path("leaders/<id:pk>/", views.leader_page, name="leader"),
]
