"""``actiondesk report monthly --period 2026-06 --out DIR``: the 督导通报 (.docx) and the 台账 (.xlsx); for an issued
period, the files as issued (the same bytes, their SHA-256 in ``--json``)."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.language import official_language
from actiondesk.plans.models import Plan
from actiondesk.supervision.choices import BEHIND
from actiondesk.supervision.exports import docx_report, xlsx_ledger
from actiondesk.supervision.models import IssuedPeriod, ReportingPeriod
from actiondesk.supervision.periods import parse_period_code
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_metrics import metric_values_refresh_stale


class Command(BaseCommand):
    help = "生成月度督导通报（.docx）和督导台账（.xlsx）。"

    def add_arguments(self, parser):
        parser.add_argument("--period", required=True, help="周期，如 2026-06（1-6月累计）")
        parser.add_argument("--out", required=True, help="输出目录")
        parser.add_argument("--plan", type=int, help="方案ID（默认：该年度最新方案）")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, period, out, plan=None, json=False, **options):
        try:
            year, month = parse_period_code(period)
        except ValueError as exc:
            raise BadInput(str(exc))
        plans = Plan.objects.filter(year=year)
        plan_obj = plans.filter(pk=plan).first() if plan else plans.order_by("-pk").first()
        if plan_obj is None:
            raise BadInput(f"没有{year}年度的行动方案")
        if not ReportingPeriod.objects.filter(plan=plan_obj, year=year, month=month).exists():
            raise BadInput(f"方案没有报送周期 {period}")
        directory = Path(out)
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BadInput(f"无法创建输出目录 {out}：{exc.strerror}")
        docx_path = directory / f"督导通报-{period}.docx"
        xlsx_path = directory / f"督导台账-{period}.xlsx"
        issue = IssuedPeriod.objects.filter(period__plan=plan_obj, period__year=year, period__month=month).first()
        if issue is not None:
            docx_path.write_bytes(bytes(issue.docx))
            xlsx_path.write_bytes(bytes(issue.xlsx))
            snapshot = issue.snapshot
            result = {"plan": plan_obj.title, "period": period, "docx": str(docx_path), "xlsx": str(xlsx_path),
                      "indicators": sum(snapshot["counts"].values()),
                      "lagging": sum(snapshot["counts"].get(s, 0) for s in BEHIND),
                      "issued_at": issue.issued_at.isoformat(), "docx_sha256": issue.docx_sha256,
                      "xlsx_sha256": issue.xlsx_sha256}
        else:
            metric_values_refresh_stale(plan=plan_obj, up_to_month=month)
            with official_language():
                board = plan_board(plan_obj, month=month, with_notes=True)
                docx_path.write_bytes(docx_report(board))
                xlsx_path.write_bytes(xlsx_ledger(board))
            result = {"plan": plan_obj.title, "period": period, "docx": str(docx_path), "xlsx": str(xlsx_path),
                      "indicators": len(board.indicators), "lagging": len(board.lagging)}
        if json:
            self.stdout.write(_dumps(result))
        else:
            self.stdout.write(f"督导通报：{docx_path}\n督导台账：{xlsx_path}")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
