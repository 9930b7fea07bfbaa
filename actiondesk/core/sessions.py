"""Session lifetime and caching of signed-in pages.

A session ends after ACTIONDESK_SESSION_IDLE_MINUTES without a request and, whatever the activity,
ACTIONDESK_SESSION_MAX_HOURS after signing in (SESSION_COOKIE_AGE is the same absolute lifetime).
The last-seen time is written at most once a minute, so ordinary page views do not rewrite the session.
"""
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.utils.cache import patch_cache_control

SIGNED_IN_AT = "actiondesk_signed_in_at"
LAST_SEEN = "actiondesk_last_seen"
TOUCH_EVERY_SECONDS = 60


def stamp_sign_in(sender, request, user, **kwargs):
    """user_logged_in receiver: the session remembers when the user signed in."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN] = now


def session_expired(session, now: float) -> bool:
    signed_in = session.get(SIGNED_IN_AT)
    last_seen = session.get(LAST_SEEN, signed_in)
    if signed_in is None:
        return False
    return (now - last_seen > settings.ACTIONDESK_SESSION_IDLE_MINUTES * 60
            or now - signed_in > settings.ACTIONDESK_SESSION_MAX_HOURS * 3600)


class SessionLifetimeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            session = request.session
            if SIGNED_IN_AT not in session:  # a session from before this rule: its clock starts now
                session[SIGNED_IN_AT] = session[LAST_SEEN] = int(now)
            elif session_expired(session, now):
                logout(request)
                message = "会话已过期，请重新登录。"
                if request.path.startswith("/api/"):
                    return JsonResponse({"detail": message}, status=401, json_dumps_params={"ensure_ascii": False})
                messages.info(request, message)
                return redirect_to_login(request.get_full_path())
            elif now - session.get(LAST_SEEN, 0) >= TOUCH_EVERY_SECONDS:
                session[LAST_SEEN] = int(now)
        return self.get_response(request)


class NoStoreForSignedInMiddleware:
    """Pages shown to a signed-in user are never kept by the browser or a proxy (shared office computers)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, no_store=True, private=True)
        return response
