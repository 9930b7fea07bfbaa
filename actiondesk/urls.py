from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from actiondesk.api import api
from actiondesk.core import views as core_views
from actiondesk.core import views_account

urlpatterns = [
    path("", core_views.home, name="home"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("login/", auth_views.LoginView.as_view(template_name="core/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("audit/", core_views.audit_list, name="audit_list"),
    path("jobs/", include("actiondesk.core.urls_jobs")),
    path("notifications/", include("actiondesk.core.urls_notifications")),
    path("account/password/", views_account.OwnPasswordChangeView.as_view(), name="password_change"),
    path("account/tokens/", views_account.token_list, name="token_list"),
    path("account/tokens/<id:pk>/revoke/", views_account.token_revoke_view, name="token_revoke"),
    path("org/", include("actiondesk.org.urls")),
    path("plans/", include("actiondesk.plans.urls")),
    path("supervision/", include("actiondesk.supervision.urls")),
    path("enterprises/", include("actiondesk.enterprises.urls")),
    path("projects/", include("actiondesk.projects.urls")),
    path("chains/", include("actiondesk.chains.urls")),
    path("parks/", include("actiondesk.parks.urls")),
    path("finance/", include("actiondesk.finance.urls")),
    path("investment/", include("actiondesk.investment.urls")),
    path("transformation/", include("actiondesk.transformation.urls")),
    path("innovation/", include("actiondesk.innovation.urls")),
    path("orders/", include("actiondesk.orders.urls")),
    path("demands/", include("actiondesk.demands.urls")),
    path("chainwork/", include("actiondesk.chainwork.urls")),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
