from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation

from actiondesk.core.access import access_for
from actiondesk.core.api_errors import error_body
from actiondesk.core.portal import enterprise_may_reach, portal_home, refusal_message


class ChosenLanguageMiddleware:
    """Simplified Chinese unless the user picked another language with the switch (cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language; the zone's staff work in
    Chinese whatever their browser says, so only an explicit choice changes the language.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.codes = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.codes else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class MembershipRequiredMiddleware:
    """A signed-in account without a zone and role sees a clear refusal instead of broken pages.

    Every page and endpoint assumes an Access; accounts created in the admin without a membership
    would otherwise reach views that have no zone to scope by.
    """

    open_prefixes = ("/login/", "/logout/", "/i18n/", "/static/", "/favicon.ico", "/admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated and not request.path.startswith(self.open_prefixes)
                and access_for(user) is None):
            message = "您的账号尚未分配示范区和角色，请联系管理员。"
            if request.path.startswith("/api/"):
                return JsonResponse(error_body(message), status=403, json_dumps_params={"ensure_ascii": False})
            return render(request, "core/no_membership.html", {"message": message}, status=403)
        return self.get_response(request)


class EnterprisePortalOnlyMiddleware:
    """An enterprise contact reaches the enterprise portal and nothing of the government side (core.portal).

    One check for every page, export and session API call, so a new view cannot forget it; the home page sends
    them to the portal."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            access = access_for(user)
            if access is not None and access.is_enterprise and not enterprise_may_reach(request.path):
                return refuse_enterprise(request)
        return self.get_response(request)


def refuse_enterprise(request):
    if request.path == "/" and portal_home():
        return redirect(portal_home())
    if request.path.startswith("/api/"):
        return JsonResponse(error_body(refusal_message()), status=403, json_dumps_params={"ensure_ascii": False})
    return render(request, "core/enterprise_refused.html", {"message": refusal_message()}, status=403)
