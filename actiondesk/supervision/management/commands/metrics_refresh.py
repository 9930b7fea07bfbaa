"""``actiondesk metrics refresh [--plan ID] [--period 2026-06] [--json]``: compute and store bound indicators' values."""
import json

from django.core.management.base import BaseCommand
from django.utils import timezone
from rich.console import Console
from rich.progress import Progress

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Plan
from actiondesk.supervision.models import ReportingPeriod
from actiondesk.supervision.periods import parse_period_code
from actiondesk.supervision.services_metrics import metric_values_refresh


class Command(BaseCommand):
    help = "重新计算并保存绑定了取数函数的指标数值（挂图作战和导出读取保存的数值）。"

    def add_arguments(self, parser):
        parser.add_argument("--plan", type=int, help="方案ID（默认：所有有报送周期的方案）")
        parser.add_argument("--period", help="只刷新一个周期，如 2026-06（默认：已开始的全部周期）")
        parser.add_argument("--json", action="store_true", help="输出机器可读结果")

    def handle(self, *args, plan=None, period=None, json=False, **options):
        plans = Plan.objects.filter(pk__in=ReportingPeriod.objects.values("plan_id")).order_by("pk")
        if plan is not None:
            plans = plans.filter(pk=plan)
            if not plans.exists():
                raise BadInput(f"方案 {plan} 不存在或没有报送周期")
        month = None
        if period:
            try:
                year, month = parse_period_code(period)
            except ValueError as exc:
                raise BadInput(str(exc))
            plans = plans.filter(year=year)
            if not plans.exists():
                raise BadInput(f"没有{year}年度有报送周期的方案")
        today = timezone.localdate()
        results = []
        with Progress(console=Console(stderr=True), disable=json) as progress:
            for plan_obj in plans:
                periods = ReportingPeriod.objects.filter(plan=plan_obj, year=plan_obj.year)
                periods = list(periods.filter(month=month) if month else periods.filter(start__lte=today))
                task = progress.add_task(f"刷新 {plan_obj.title}", total=len(periods) or 1)
                result = metric_values_refresh(plan=plan_obj, acting_user=SYSTEM, periods=periods,  # the CLI
                                               progress=lambda _p, task=task: progress.advance(task))
                results.append({"plan": plan_obj.pk, "title": plan_obj.title, **result.as_dict()})
        if json:
            self.stdout.write(_dumps({"plans": results}))
            return
        for r in results:
            self.stdout.write(f"{r['title']}：{len(r['periods'])} 个周期，{r['metrics']} 个取数函数，"
                              f"保存 {r['values']} 个数值")
            for failure in r["failed"]:
                self.stderr.write(f"取数失败：{failure}")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False, indent=2)
