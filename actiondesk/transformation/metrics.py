"""Plan indicators computed from the transformation pool (goal 3, tasks 7 and 18 of the action plan).

- 评估诊断覆盖率 = 规上工业 enterprises with a diagnosis dated from 1 January of the plan year (or within the
  zone's configured validity) to the period's end ÷ all 规上工业 enterprises on that date (``selectors_metrics``).
- 实施改造企业 = enterprises with a 智改数转 project completed (已完成 or 验收) in the year, each once.
- Factory counts follow ``counting``: 认定 and valid at the period's end; new in the year; each factory once at its
  highest new level. 卓越级 counts 领航级 too; 省级以上 green = 省级 and 国家级.
- 案例 = cases published in the year.
"""
from django.db.models import Q

from actiondesk.core.metrics import MetricContext, register, register_hints
from actiondesk.transformation import selectors_metrics as data
from actiondesk.transformation.choices import (
    DONE_STATES,
    GREEN_PROVINCIAL_UP,
    LEVELS_OF,
    SMART_CULTIVATED,
    SMART_TOP,
    CaseStatus,
    FactoryKind,
)
from actiondesk.transformation.counting import count_at_levels, coverage_percent
from actiondesk.transformation.models import TransformationCase, TransformationProject

SOURCE = "数智绿色转型项目培育库"


@register("transformation.diagnosis_coverage", label="规上工业企业评估诊断覆盖率", unit="%", cumulative=False,
          source=f"{SOURCE}：已开展评估诊断的规上工业企业 ÷ 全部规上工业企业")
def diagnosis_coverage(ctx: MetricContext):
    return coverage_percent(*data.coverage_counts(ctx.zone_id, ctx.year, ctx.period_end))


@register("transformation.transformed_enterprises", label="完成智改数转改造企业", unit="家",
          source=f"{SOURCE}：当年完成（已完成或验收）智改数转项目的企业（按企业计）")
def transformed_enterprises(ctx: MetricContext) -> int:
    return (TransformationProject.objects.filter(enterprise__zone_id=ctx.zone_id, state__in=DONE_STATES)
            .filter(Q(completed_on__gte=ctx.year_start, completed_on__lte=ctx.period_end))
            .values("enterprise_id").distinct().count())


def _new(ctx: MetricContext, kind: str) -> dict:
    return data.new_factories_in(ctx.zone_id, kind, ctx.year_start, ctx.period_end)


@register("transformation.new_smart_basic_advanced", label="新增基础级、先进级智能工厂", unit="家",
          source=f"{SOURCE}：当年新认定（备案）的基础级、先进级智能工厂，升级的按最高等级计一次")
def new_smart_basic_advanced(ctx: MetricContext) -> int:
    return count_at_levels(_new(ctx, FactoryKind.SMART), FactoryKind.SMART, SMART_CULTIVATED)


@register("transformation.new_smart_excellent", label="新增卓越级（含领航级）智能工厂", unit="家",
          source=f"{SOURCE}：当年新认定的卓越级、领航级智能工厂")
def new_smart_excellent(ctx: MetricContext) -> int:
    return count_at_levels(_new(ctx, FactoryKind.SMART), FactoryKind.SMART, SMART_TOP)


@register("transformation.new_green_provincial", label="新增省级以上绿色工厂", unit="家",
          source=f"{SOURCE}：当年新认定且在有效期内的省级、国家级绿色工厂")
def new_green_provincial(ctx: MetricContext) -> int:
    return count_at_levels(_new(ctx, FactoryKind.GREEN), FactoryKind.GREEN, GREEN_PROVINCIAL_UP)


@register("transformation.new_smart_and_green", label="新增基础级、先进级智能工厂和绿色工厂", unit="个",
          source=f"{SOURCE}：当年新增的基础级、先进级智能工厂与各级绿色工厂之和")
def new_smart_and_green(ctx: MetricContext) -> int:
    return (count_at_levels(_new(ctx, FactoryKind.SMART), FactoryKind.SMART, SMART_CULTIVATED)
            + count_at_levels(_new(ctx, FactoryKind.GREEN), FactoryKind.GREEN, LEVELS_OF[FactoryKind.GREEN]))


@register("transformation.published_cases", label="智改数转案例", unit="个",
          source=f"{SOURCE}：当年审核发布的智改数转案例")
def published_cases(ctx: MetricContext) -> int:
    return TransformationCase.objects.filter(project__enterprise__zone_id=ctx.zone_id, status=CaseStatus.PUBLISHED,
                                             published_on__gte=ctx.year_start,
                                             published_on__lte=ctx.period_end).count()


# Phrases of the plan's target sentences these metrics count (core.metrics: the longest phrase found wins, so the
# goal's "基础级智能工厂、先进级智能工厂和绿色工厂" beats task 7's "基础级智能工厂、先进级智能工厂").
register_hints("transformation.diagnosis_coverage", "评估诊断全覆盖", "数字化诊断")
register_hints("transformation.transformed_enterprises", "数字化、网络化、智能化改造")
register_hints("transformation.new_smart_basic_advanced", "基础级智能工厂、先进级智能工厂")
register_hints("transformation.new_smart_excellent", "卓越级智能工厂")
register_hints("transformation.new_green_provincial", "省级以上绿色工厂")
register_hints("transformation.new_smart_and_green", "基础级智能工厂、先进级智能工厂和绿色工厂")
register_hints("transformation.published_cases", "“智改数转”案例", "智改数转案例")
