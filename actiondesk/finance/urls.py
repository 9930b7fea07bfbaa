from django.urls import path

from actiondesk.finance import views, views_edit

app_name = "finance"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("funds/new/", views_edit.fund_edit, name="fund_create"),
    path("funds/<id:pk>/edit/", views_edit.fund_edit, name="fund_edit"),
    path("funds/<id:fund_pk>/investments/new/", views_edit.investment_add, name="investment_create"),
    path("investments/<id:pk>/edit/", views_edit.investment_edit, name="investment_edit"),
    path("events/new/", views_edit.event_edit, name="event_create"),
    path("events/<id:pk>/edit/", views_edit.event_edit, name="event_edit"),
    path("loans/new/", views_edit.loan_edit, name="loan_create"),
    path("loans/<id:pk>/edit/", views_edit.loan_edit, name="loan_edit"),
    path("loans/<id:loan_pk>/compensations/new/", views_edit.compensation_add, name="compensation_create"),
    path("pools/new/", views_edit.pool_edit, name="pool_create"),
    path("pools/<id:pk>/edit/", views_edit.pool_edit, name="pool_edit"),
    path("listing/new/", views_edit.listing_edit, name="listing_create"),
    path("listing/<id:pk>/edit/", views_edit.listing_edit, name="listing_edit"),
]
