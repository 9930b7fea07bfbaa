from django.urls import path

from actiondesk.demands import views, views_baobao, views_portal, views_registry

app_name = "demands"
# The portal's prefix (/demands/portal/) is the only part of the site an enterprise contact reaches (core.portal).
PORTAL_PREFIX = "portal/"
urlpatterns = [
    path("", views.demand_list, name="demand_list"),
    path("new/", views.demand_create, name="demand_create"),
    path("<id:pk>/", views.demand_detail, name="demand_detail"),
    path("<id:pk>/accept/", views.demand_accept, name="demand_accept"),
    path("<id:pk>/close/", views.demand_close, name="demand_close"),
    path("<id:pk>/attachment/", views.demand_attachment, name="demand_attachment"),
    path("<id:pk>/attachment/upload/", views.demand_attach, name="demand_attach"),
    path("parts/<id:pk>/answer/", views.part_answer, name="part_answer"),
    path("statistics/", views.statistics, name="statistics"),
    path("baobao/", views_baobao.coverage, name="coverage"),
    path("baobao/mine/", views_baobao.my_enterprises, name="my_enterprises"),
    path("baobao/leaders/<id:pk>/", views_baobao.leader_page, name="leader_page"),
    path("visits/new/", views_baobao.visit_create, name="visit_create"),
    path("enterprises/<id:pk>/panel/", views_baobao.enterprise_panel, name="enterprise_panel"),
    path("policies/", views_registry.policy_list, name="policy_list"),
    path("policies/new/", views_registry.policy_create, name="policy_create"),
    path("policies/<id:pk>/", views_registry.policy_detail, name="policy_detail"),
    path("policies/<id:pk>/propose/", views_registry.policy_propose, name="policy_propose"),
    path("beneficiaries/<id:pk>/", views_registry.beneficiary_decide, name="beneficiary_decide"),
    path("arrears/", views_registry.arrear_list, name="arrear_list"),
    path("arrears/new/", views_registry.arrear_create, name="arrear_create"),
    path("arrears/<id:pk>/repay/", views_registry.repayment_add, name="repayment_add"),
    path("accounts/", views_registry.accounts, name="accounts"),
    path("accounts/registrations/<id:pk>/", views_registry.registration_decide, name="registration_decide"),
    path("figures/", views_registry.figure_requests, name="figure_requests"),
    path("settings/", views_registry.zone_settings, name="settings"),
    path(PORTAL_PREFIX, views_portal.portal_home, name="portal_home"),
    path(PORTAL_PREFIX + "demands/new/", views_portal.portal_demand_create, name="portal_demand_create"),
    path(PORTAL_PREFIX + "demands/<id:pk>/", views_portal.portal_demand, name="portal_demand"),
    path(PORTAL_PREFIX + "demands/<id:pk>/rate/", views_portal.portal_rate, name="portal_rate"),
    path(PORTAL_PREFIX + "figures/<id:pk>/", views_portal.portal_figures, name="portal_figures"),
    path(PORTAL_PREFIX + "register/", views_portal.portal_register, name="portal_register"),
]
