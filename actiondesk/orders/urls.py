from django.urls import path

from actiondesk.orders import views

app_name = "orders"
urlpatterns = [
    path("", views.order_list, name="order_list"),
    path("new/", views.order_create, name="order_create"),
    path("comments/", views.my_comments, name="my_comments"),
    path("comments/new/", views.comment_order, name="comment_order"),
    path("<id:pk>/", views.order_detail, name="order_detail"),
    path("<id:pk>/accept/", views.order_accept, name="order_accept"),
    path("<id:pk>/reply/", views.order_reply, name="order_reply"),
    path("<id:pk>/close/", views.order_close, name="order_close"),
    path("<id:pk>/send-back/", views.order_send_back, name="order_send_back"),
    path("attachments/<id:pk>/", views.attachment_download, name="attachment_download"),
]
