"""The site's own language for what is sent on or kept, whatever language the reader's UI is in."""
from django.conf import settings
from django.utils import translation
from django.utils.translation import pgettext


def official_language():
    """A context manager: the 通报 and 台账 (official documents sent on) and sentences stored for later readers
    (audit notes, notifications) are written in the site's language, Chinese, even for a clerk reading in English."""
    return translation.override(settings.LANGUAGE_CODE)


def label_colon() -> str:
    """The colon after a label in the UI language ("：" in Chinese, ": " in English); templates write the same
    ``{% translate "：" context "label colon" %}``."""
    return pgettext("label colon", "：")
