"""Bearer-token authentication for the API: tokens are looked up by their SHA-256, must be neither expired
nor revoked, and wrong tokens count as failed sign-ins for django-axes (per address)."""
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.utils import timezone
from ninja.errors import HttpError
from ninja.security import HttpBearer

from actiondesk.core.access import access_for
from actiondesk.core.lockout import locked_message
from actiondesk.core.models import ApiToken, token_digest
from actiondesk.core.portal import enterprise_may_reach, refusal_message

# Marks a token attempt for core.lockout.lockout_parameters: no username, so only the address is counted.
TOKEN_CREDENTIALS = {"api_token": True}


def active_token(plaintext: str) -> ApiToken | None:
    now = timezone.now()
    token = (ApiToken.objects.select_related("user")
             .filter(key_hash=token_digest(plaintext), user__is_active=True, revoked_at__isnull=True).first())
    if token is None or not token.is_active_at(now):
        return None
    return token


class TokenAuth(HttpBearer):
    def authenticate(self, request, token):
        if not AxesProxyHandler.is_allowed(request, TOKEN_CREDENTIALS):
            raise HttpError(429, locked_message())
        api_token = active_token(token)
        if api_token is None:
            user_login_failed.send(sender=__name__, credentials=dict(TOKEN_CREDENTIALS), request=request)
            return None
        access = access_for(api_token.user)
        if access is not None and access.is_enterprise and not enterprise_may_reach(request.path):
            raise HttpError(403, refusal_message())  # the portal's fence (core.portal) holds for tokens too
        ApiToken.objects.filter(pk=api_token.pk).update(last_used_at=timezone.now())
        request.user = api_token.user
        return api_token.user
