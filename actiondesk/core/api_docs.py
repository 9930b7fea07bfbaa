"""/api/docs and /api/openapi.json: Swagger UI served from our own static files, for signed-in users only.

The assets come from the npm package swagger-ui-dist (copied into static/vendor/swagger-ui by `make setup`),
so the page works on an intranet without internet access and loads nothing from a third party.
"""
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import JsonResponse
from django.shortcuts import render
from ninja.openapi.docs import Swagger

from actiondesk.core.api_errors import NOT_SIGNED_IN, error_body


class LocalSwagger(Swagger):
    template = "core/api_docs.html"
    # validatorUrl None: Swagger UI would otherwise send the schema to validator.swagger.io
    default_settings = {**Swagger.default_settings, "validatorUrl": None}

    def render_page(self, request, api, **kwargs):
        settings = {**self.settings, "url": self.get_openapi_url(api, kwargs)}
        return render(request, self.template, {"swagger_settings": settings, "api": api})


def docs_login_required(token_auth):
    """Signed-in users (session, or ``token_auth``: the API's bearer-token authenticator) only: the page
    redirects to the login, the schema answers 401."""
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.user.is_authenticated or token_auth(request):
                return view(request, *args, **kwargs)
            if request.path.endswith(".json"):
                return JsonResponse(error_body(NOT_SIGNED_IN), status=401,
                                    json_dumps_params={"ensure_ascii": False})
            return redirect_to_login(request.get_full_path())

        return wrapper

    return decorator
