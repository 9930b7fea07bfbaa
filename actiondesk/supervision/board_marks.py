"""Marks that higher apps add to the battle map's task rows (orders: the open 督办单 about a task).

An app registers, when it starts, ``marks(user, zone_id, task_ids) -> {task id: {"label", "url"}}``; it must answer
in one query, scoped to the user, so the battle map keeps its query budget.
"""
from collections.abc import Callable

_providers: list[Callable] = []


def register_task_marks(provider: Callable) -> None:
    if provider not in _providers:
        _providers.append(provider)


def task_marks(user, zone_id: int, task_ids) -> dict[int, list[dict]]:
    marks: dict[int, list[dict]] = {}
    for provider in _providers:
        for task_id, mark in provider(user, zone_id, task_ids).items():
            marks.setdefault(task_id, []).append(mark)
    return marks
