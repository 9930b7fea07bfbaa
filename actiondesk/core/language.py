"""The site's own language for what is sent on or kept, whatever language the reader's UI is in."""
from django.conf import settings
from django.utils import translation


def official_language():
    """A context manager: the 通报 and 台账 (official documents sent on) and sentences stored for later readers
    (audit notes, notifications) are written in the site's language, Chinese, even for a clerk reading in English."""
    return translation.override(settings.LANGUAGE_CODE)
