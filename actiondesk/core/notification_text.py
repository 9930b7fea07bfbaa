"""A notification's sentence kept as data and put into words when it is read, in the reader's language.

As Django's ``admin.LogEntry.change_message`` does: the row keeps a msgid (marked with ``gettext_noop`` where the
message is raised, so makemessages finds it) and its parameters, as JSON; the bell, the notifications page and the API
translate it for whoever reads. Parameters that are user text (subjects, reasons, names) stay as typed; dates are
ISO strings; a parameter may itself be a message (a period's label). ``Notification.text`` keeps the official Chinese
rendering, for e-mail, search, rows written before messages were data, and as the fallback when a message cannot be
put into words (an unknown msgid simply shows untranslated).
"""
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext

from actiondesk.core.language import official_language

_UNNAMED = re.compile(r"%(?!\()")  # a placeholder without a name (``%s``): a dict of params would print as a dict


@dataclass(frozen=True)
class Message:
    """``msgid`` (a Chinese source string with ``%(name)s`` placeholders) and its ``params``."""

    msgid: str
    params: dict = field(default_factory=dict)

    def as_data(self) -> dict:
        return {"msgid": self.msgid,
                "params": {k: v.as_data() if isinstance(v, Message) else v for k, v in self.params.items()}}

    def render(self) -> str:
        """In the active language."""
        return render(self.as_data())

    def official(self) -> str:
        """In the site's language (Chinese), whatever the UI language: what is kept and e-mailed."""
        with official_language():
            return self.render()


def render(data: dict) -> str:
    """Put stored message data into words in the active language; raises on data that does not fit."""
    msgid, params = data["msgid"], data.get("params") or {}
    if not isinstance(msgid, str) or not isinstance(params, dict):
        raise TypeError("message data must be a msgid string and a params object")
    values = {k: render(v) if isinstance(v, dict) else v for k, v in params.items()}
    template = gettext(msgid)
    if _UNNAMED.search(template.replace("%%", "")):
        raise ValueError(f"message {msgid!r} has a placeholder without a name")
    return " ".join((template % values).split())


def text_for(data, fallback: str) -> str:
    """The message in the reader's language, else ``fallback`` (the stored Chinese text): a row without message
    data, or one whose data no longer fits its msgid, never makes a page fail."""
    if not data:
        return fallback
    try:
        return render(data) or fallback
    except (KeyError, TypeError, ValueError, AttributeError):
        return fallback
