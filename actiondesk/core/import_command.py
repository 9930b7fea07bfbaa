"""The body of a registry's ``actiondesk NOUN import FILE [--zone Z] [--json]`` command: read the file, run the
app's import service as SYSTEM, list every bad row on stderr (or as JSON) with exit 2, else print the counts."""
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from actiondesk.core.commands import BadInput
from actiondesk.core.spreadsheets import SheetFileError
from actiondesk.org.models import Zone


@dataclass
class Imported:
    """What ``run`` returns when the app's own reading carries no ``count``/``summary``."""
    count: int = 0
    summary: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


class ImportCommand(BaseCommand):
    """Subclasses set ``help`` and ``run(zone, data, file_name) -> reading`` (errors, count, summary).

    Optional: ``configured_zone = True`` makes the default zone settings.ACTIONDESK_DEFAULT_ZONE (else the first);
    ``show_progress = True`` draws a bar on the terminal (never with --json), moved on by ``self.step(...)`` or
    ``self.advance()`` in ``run``; ``done_line(reading, file_name)`` words the success line.
    """
    configured_zone = False
    show_progress = False

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--zone", help="示范区名称（默认为配置的默认示范区）" if self.configured_zone
                            else "示范区名称（默认：第一个示范区）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def run(self, zone, data: bytes, file_name: str):
        raise NotImplementedError

    def step(self, description: str, *, total: int | None = None, completed: int = 0) -> None:
        """The step under way, shown on the progress bar (``total`` known: a bar of ``completed``/``total``)."""
        self._progress.update(self._task, description=description, total=total, completed=completed)

    def advance(self) -> None:
        """One more unit of the step under way done (for a service that calls back once per row)."""
        self._progress.advance(self._task)

    def done_line(self, reading, file_name: str) -> str:
        return f"已导入 {reading.count} 行：" + "，".join(f"{k} {v}" for k, v in reading.summary.items())

    def handle(self, *args, file, zone=None, json=False, **options):
        path = Path(file)
        if not path.is_file():
            raise BadInput(f"文件不存在：{file}")
        zone_obj = self._zone(zone)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      disable=json or not self.show_progress, transient=True) as self._progress:
            self._task = self._progress.add_task("读取并逐行校验", total=None)
            try:
                reading = self.run(zone_obj, path.read_bytes(), path.name)
            except SheetFileError as exc:
                raise BadInput(str(exc)) from exc
            if reading.errors:
                errors = [e.as_dict() for e in reading.errors]
                if json:
                    self.stdout.write(_dumps({"ok": False, "errors": errors}))
                else:
                    for e in errors:
                        self.stderr.write(f"第{e['row']}行 {e['column']}「{e['value']}」：{e['reason']}")
                raise BadInput(f"有 {len(errors)} 处错误，未写入任何数据")
        if json:
            self.stdout.write(_dumps({"ok": True, "rows": reading.count, **reading.summary}))
        else:
            self.stdout.write(self.done_line(reading, path.name))

    def _zone(self, name: str | None) -> Zone:
        if self.configured_zone:
            name = name or settings.ACTIONDESK_DEFAULT_ZONE
            zone = Zone.objects.filter(name=name).first()
        else:
            zone = Zone.objects.filter(name=name).first() if name else Zone.objects.order_by("pk").first()
        if zone is None:
            raise BadInput(f"没有这个示范区：{name or '（无）'}")
        return zone


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)
