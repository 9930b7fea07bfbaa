"""The enterprise portal's fence: an enterprise contact (Role.ENTERPRISE) reaches the portal and nothing else.

The app that serves the portal registers its page and API prefixes at start-up (``register_portal``); the
middleware (pages, session API calls) and the token authentication (API calls with a token) refuse every other
path to an enterprise user, so no government page, API route or export has to remember to refuse them.
"""
from django.utils.translation import gettext as _

# Paths any signed-in account needs: signing in and out, the language switch, static files, its own password.
COMMON_PREFIXES = ("/login/", "/logout/", "/i18n/", "/static/", "/favicon.ico", "/account/password/")
_portal = {"home": None, "prefixes": ()}


def register_portal(*, home: str, prefixes: tuple[str, ...]) -> None:
    _portal["home"] = home
    _portal["prefixes"] = tuple(prefixes)


def portal_home() -> str | None:
    return _portal["home"]


def enterprise_may_reach(path: str) -> bool:
    """Whether an enterprise contact may open ``path`` (the portal's own prefixes and the common ones)."""
    return path.startswith(COMMON_PREFIXES + _portal["prefixes"])


def refusal_message() -> str:
    return _("企业账号只能使用企业服务门户")
