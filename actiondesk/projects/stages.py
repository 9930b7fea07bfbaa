"""Pure rules for a project's stages: (储备 →) 洽谈 → 签约 → 开工 → 竣工 → 投产, with 复工 for continuing projects.

A step may not go back, may not be dated in the future or before the previous stage, and may skip
stages only when a reason is recorded. 复工 follows 开工 (or an earlier 复工) of an earlier year.
"""
import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from actiondesk.projects.choices import STAGE_RANK, Stage

ORDER = [Stage.RESERVE, Stage.NEGOTIATING, Stage.SIGNED, Stage.STARTED, Stage.COMPLETED, Stage.PRODUCING]


def label(stage) -> str:
    return str(Stage(stage).label)


def skipped_stages(current: str | None, new: str) -> list[str]:
    """The stages passed over when going from ``current`` straight to ``new``."""
    low = STAGE_RANK[Stage(current)] if current else -1
    high = STAGE_RANK[Stage(new)]
    if current is None:
        return [s for s in ORDER if 0 < STAGE_RANK[s] < high]
    return [s for s in ORDER if low < STAGE_RANK[s] < high]


def transition_errors(*, current: str | None, current_on: datetime.date | None, new: str,
                      new_on: datetime.date | None, today: datetime.date, reason: str = "") -> list[str]:
    """Everything wrong with moving a project from ``current`` (reached on ``current_on``) to ``new`` on ``new_on``."""
    errors = []
    if new not in Stage.values:
        return [_("未知的阶段：%(stage)s") % {"stage": new}]
    if new_on is None:
        return [_("请填写“%(stage)s”日期") % {"stage": label(new)}]
    if new_on > today:
        errors.append(_("“%(stage)s”日期 %(on)s 晚于今天 %(today)s，不能登记未来的日期")
                      % {"stage": label(new), "on": new_on, "today": today})
    if current_on is not None and new_on < current_on:
        errors.append(_("“%(stage)s”日期 %(on)s 早于上一阶段“%(previous)s”的日期 %(previous_on)s")
                      % {"stage": label(new), "on": new_on, "previous": label(current), "previous_on": current_on})
    if current is None:
        return errors
    current_rank, new_rank = STAGE_RANK[Stage(current)], STAGE_RANK[Stage(new)]
    if new == Stage.RESUMED:
        if current not in (Stage.STARTED, Stage.RESUMED):
            errors.append(_("只有已开工的项目才能登记复工，当前阶段为“%(stage)s”") % {"stage": label(current)})
        elif current_on is not None and new_on.year <= current_on.year:
            errors.append(_("复工须在上次开工（复工）之后的年度登记"))
        return errors
    if new_rank < current_rank:
        errors.append(_("不能从“%(current)s”退回到“%(new)s”") % {"current": label(current), "new": label(new)})
    elif new_rank == current_rank:
        errors.append(_("项目已处于“%(stage)s”阶段") % {"stage": label(current)})
    else:
        skipped = skipped_stages(current, new)
        if skipped and not reason.strip():
            errors.append(_("从“%(current)s”直接进入“%(new)s”跳过了“%(skipped)s”，请填写跳过的原因")
                          % {"current": label(current), "new": label(new),
                             "skipped": "、".join(label(s) for s in skipped)})
    return errors


def check_transition(**kwargs) -> None:
    errors = transition_errors(**kwargs)
    if errors:
        raise ValidationError(errors)


def history_errors(dates: dict, *, today: datetime.date, reason: str = "") -> list[str]:
    """Checks a whole set of stage dates (as a ledger row gives them) as a sequence of transitions."""
    current, current_on, errors = None, None, []
    dated = [(s, dates[s]) for s in [Stage.SIGNED, Stage.STARTED, Stage.RESUMED, Stage.COMPLETED, Stage.PRODUCING]
             if dates.get(s)]
    for stage, on in dated:
        if current is None:
            errors += transition_errors(current=None, current_on=None, new=stage, new_on=on, today=today)
            # A continuing project may enter the ledger at 复工 with no earlier dates; others may not skip.
            skipped = [] if stage == Stage.RESUMED else skipped_stages(None, stage)
            if skipped and not reason.strip():
                errors.append(_("缺少“%(skipped)s”日期：跳过阶段须填写原因")
                              % {"skipped": "、".join(label(s) for s in skipped)})
        else:
            errors += transition_errors(current=current, current_on=current_on, new=stage, new_on=on, today=today,
                                        reason=reason)
        current, current_on = stage, on
    return errors


def stage_of(dates: dict) -> str:
    """The stage a set of stage dates has reached."""
    reached = [s for s in [Stage.SIGNED, Stage.STARTED, Stage.RESUMED, Stage.COMPLETED, Stage.PRODUCING]
               if dates.get(s)]
    return reached[-1] if reached else Stage.NEGOTIATING
