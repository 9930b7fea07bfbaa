"""Shared pieces for management commands: bad input exits 2 with one line on stderr."""
from contextlib import contextmanager

from django.core.management.base import CommandError


class BadInput(CommandError):
    def __init__(self, message: str):
        super().__init__(message, returncode=2)


@contextmanager
def progress_bar(description: str, *, disable: bool = False):
    """A bar on stderr for long CLI work, gone when it ends (stdout stays the command's output, --json clean);
    yields ``update(description, done, total)`` (total 0: a step of unknown length)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=Console(stderr=True), disable=disable, transient=True) as bar:
        task = bar.add_task(description, total=None)

        def update(step: str, done: int, total: int) -> None:
            bar.update(task, description=step, completed=done, total=total or None, refresh=True)  # each step drawn

        yield update
