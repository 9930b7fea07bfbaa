"""The 批示 form on task and indicator pages, which a higher app may extend (orders: a 批示 carried by a 督办单).

The higher app registers, when it starts, a template and a function ``context(request, target) -> dict``; the
comments card then renders that template in place of the plain form, with those values added. One extension at
a time: the form is one form.
"""
from collections.abc import Callable

_extension: list[tuple[str, Callable]] = []


def register_comment_form(template_name: str, context: Callable) -> None:
    _extension[:] = [(template_name, context)]


def comment_form_context(request, target) -> dict:
    if not _extension:
        return {}
    template_name, context = _extension[0]
    return {"comment_form_template": template_name, **context(request, target)}
