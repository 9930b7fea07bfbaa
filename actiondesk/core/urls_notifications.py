from django.urls import path

from actiondesk.core import views_notifications

app_name = "notifications"
urlpatterns = [
    path("", views_notifications.notification_list, name="notification_list"),
    path("count/", views_notifications.notification_badge, name="notification_badge"),
    path("read/", views_notifications.notifications_read, name="notifications_read"),
    path("<id:pk>/open/", views_notifications.notification_open, name="notification_open"),
]
