"""The site's own language for what is sent on or kept, whatever language the reader's UI is in."""
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, pgettext

# The name stored (in audit entries, notifications, orders) for the platform acting on its own (scoping.SYSTEM);
# stored in the site's language like every stored name, shown in the reader's by actor_label.
SYSTEM_NAME = "系统"


def official_language():
    """A context manager: the 通报 and 台账 (official documents sent on) and sentences stored for later readers
    (audit notes, notifications) are written in the site's language, Chinese, even for a clerk reading in English."""
    return translation.override(settings.LANGUAGE_CODE)


def label_colon() -> str:
    """The colon after a label in the UI language ("：" in Chinese, ": " in English); templates write the same
    ``{% translate "：" context "label colon" %}``."""
    return pgettext("label colon", "：")


def actor_label(name: str) -> str:
    """A stored actor name as the reader sees it: the platform's own name in the UI language, a person's as typed.
    Templates write ``{{ name|actor }}`` (core.templatetags.audit_tags)."""
    return gettext("系统") if name == SYSTEM_NAME else name
