"""The English catalogues are complete and compiled: every string of the Chinese UI has its English line.

The site's catalogue is ``actiondesk/locale``; an app may keep its own (``actiondesk/<app>/locale``, made by
``makemessages`` run inside the app), which Django reads for installed apps. Every one is checked."""
import gettext
import re
from pathlib import Path

import pytest

import actiondesk

PACKAGE = Path(actiondesk.__file__).resolve().parent
CATALOGUES = sorted([PACKAGE / "locale" / "en" / "LC_MESSAGES"]
                    + [p.parent for p in PACKAGE.glob("*/locale/en/LC_MESSAGES/django.po")])
every_catalogue = pytest.mark.parametrize("locale", CATALOGUES, ids=lambda p: p.parent.parent.parent.name)


def _entries(locale):
    text = (locale / "django.po").read_text(encoding="utf-8")
    for block in text.split("\n\n"):
        flags = " ".join(line for line in block.splitlines() if line.startswith("#,"))
        body = "\n".join(line for line in block.splitlines() if not line.startswith("#"))
        msgid = "".join(re.findall(r'"(.*)"', (re.search(r'^msgid ((?:".*"\n?)+)', body, re.M) or [None, ""])[1]))
        context = re.search(r'^msgctxt "(.*)"', body, re.M)
        if msgid and context:  # a compiled catalogue keys a message with a context as "context\x04msgid"
            msgid = f"{context[1]}\x04{msgid}"
        strs = ["".join(re.findall(r'"(.*)"', m)) for m in re.findall(r'^msgstr(?:\[\d\])? ((?:".*"\n?)+)', body, re.M)]
        if msgid:
            yield msgid, strs, flags


@every_catalogue
def test_every_string_has_an_english_translation_and_none_is_fuzzy(locale):
    missing = [msgid for msgid, strs, _flags in _entries(locale) if not all(strs)]
    fuzzy = [msgid for msgid, _strs, flags in _entries(locale) if "fuzzy" in flags]
    assert not missing, f"untranslated: {missing[:10]}"
    assert not fuzzy, f"fuzzy (check and clear the flag): {fuzzy[:10]}"


@every_catalogue
def test_the_compiled_catalogue_holds_every_translation(locale):
    with open(locale / "django.mo", "rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    ids = {msgid.encode().decode("unicode_escape").encode("latin1").decode("utf-8") if "\\" in msgid else msgid
           for msgid, _strs, _flags in _entries(locale)}
    compiled = {k if isinstance(k, str) else k[0] for k in catalogue._catalog}
    assert ids <= compiled, f"run compilemessages: {sorted(ids - compiled)[:10]}"


def test_every_reader_rule_explanation_reads_in_english():
    """The review page and `plan parse --explain` show each rule in the reader's language: a rule added without an
    English line (the catalogue checks above see only strings already extracted) would show Chinese to English readers."""
    from django.utils import translation

    from actiondesk.plans.reader_rules import TARGET_RULES, TASK_RULES

    with translation.override("en"):
        chinese_only = [code for code, text in {**TASK_RULES, **TARGET_RULES}.items()
                        if sum(char.isascii() and char.isalpha() for char in str(text)) < 5]
    assert chinese_only == []
