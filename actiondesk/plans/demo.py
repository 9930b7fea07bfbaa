"""Demo data: the 任务分解表 of the sample plan across January–October 2026.

The plan import proposed milestones from the task texts (all 年底前); the demo spreads them over the year as a
supervision office would when breaking the tasks down, opens every task with its 推进方案 (January to March), and marks
most milestones due by October done on time (verified by the supervision office), two overdue by a few weeks
(滞后) and one by two months (严重滞后). Every task has milestones, so none shows 未设节点. Fixed seed.
"""
import calendar
import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone

from actiondesk.plans.choices import EvidenceKind, MilestoneApproval, MilestoneProgress
from actiondesk.plans.models import Milestone, Task

DEMO_ORDER = 20  # before the registries and supervision: milestones stand on the plan alone
SEED = 2026
YEAR_END_MONTHS = (11, 12)
# (task position, month, day): the open milestones the demo leaves overdue as of the end of October.
LAGGING = ((3, 10, 15), (9, 10, 20))
SEVERE = (16, 8, 31)
PROPOSED = (17, "分类建立场景项目库并发布首批场景清单", datetime.date(2026, 11, 30))
EVIDENCE = {EvidenceKind.DOCUMENT: "已印发文件", EvidenceKind.LINK: "已在门户网站公开",
            EvidenceKind.PHOTO: "现场照片已上传", EvidenceKind.FIGURE: "完成情况见统计数据"}


def _date(year: int, month: int, day: int) -> datetime.date:
    return datetime.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def plan_milestones(plan, *, supervisor=None) -> dict:
    """Spread and complete the plan's milestones (also used by the benchmark)."""
    rng = random.Random(SEED)
    year = plan.year
    late = {position: _date(year, month, day) for position, month, day in LAGGING}
    severe_position, severe_month, severe_day = SEVERE
    now = timezone.now()
    tasks = list(Task.objects.filter(plan=plan).prefetch_related("lead_links__department", "support_departments")
                 .order_by("position"))
    existing = {}
    for m in Milestone.objects.filter(task__plan=plan).order_by("position", "pk"):
        existing.setdefault(m.task_id, []).append(m)
    new, changed = [], []
    kinds = list(EvidenceKind.values)
    for task in tasks:
        leads = task.leads
        if not leads:
            continue
        helpers = list(task.support_departments.all())
        steps = existing.get(task.pk, [])
        opening = Milestone(task=task, position=0, title=f"制定任务{task.number}年度推进方案",
                            due_date=_date(year, 1 + task.position % 3, 31),
                            due_text=f"{1 + task.position % 3}月底前", department=leads[0],
                            evidence_kind=EvidenceKind.DOCUMENT, approval=MilestoneApproval.APPROVED)
        new.append(opening)
        # The proposals spread from spring to the year's end; the last stays 年底前.
        months = sorted(rng.sample(range(4, 11), min(len(steps) - 1, 7))) if len(steps) > 1 else []
        for step, month in zip(steps, months, strict=False):
            day = rng.choice((15, 31))
            step.due_date = _date(year, month, day)
            step.due_text = f"{month}月15日前" if day == 15 else f"{month}月底前"
            if helpers and rng.random() < 0.3:
                step.department = rng.choice(helpers)
        if steps:
            steps[-1].due_date, steps[-1].due_text = datetime.date(year, 12, 31), "年底前"
        else:
            new.append(Milestone(task=task, position=9, title=f"完成任务{task.number}年中进展评估",
                                 due_date=_date(year, 6, 30), due_text="上半年", department=leads[0],
                                 evidence_kind=EvidenceKind.DOCUMENT, approval=MilestoneApproval.APPROVED))
            new.append(Milestone(task=task, position=10, title=f"完成任务{task.number}年度目标并报送工作总结",
                                 due_date=datetime.date(year, 12, 31), due_text="年底前", department=leads[0],
                                 evidence_kind=EvidenceKind.DOCUMENT, approval=MilestoneApproval.APPROVED))
        changed += steps
        if task.position == severe_position:
            new.append(Milestone(task=task, position=8, title="完成标杆场景遴选并报管委会审定",
                                 due_date=_date(year, severe_month, severe_day), due_text=f"{severe_month}月底前",
                                 department=leads[0], evidence_kind=EvidenceKind.DOCUMENT,
                                 progress=MilestoneProgress.IN_PROGRESS, approval=MilestoneApproval.APPROVED))
        if task.position in late:
            new.append(Milestone(task=task, position=7, title=f"召开任务{task.number}专题推进会",
                                 due_date=late[task.position], due_text=f"{late[task.position].month}月中旬",
                                 department=leads[0], evidence_kind=EvidenceKind.PHOTO,
                                 progress=MilestoneProgress.IN_PROGRESS, approval=MilestoneApproval.APPROVED))
    if PROPOSED[0] in {t.position for t in tasks}:
        task = next(t for t in tasks if t.position == PROPOSED[0])
        if task.leads:
            new.append(Milestone(task=task, position=6, title=PROPOSED[1], due_date=PROPOSED[2], due_text="11月底前",
                                 department=task.leads[0], evidence_kind=EvidenceKind.LINK,
                                 approval=MilestoneApproval.PROPOSED))
    cutoff = _date(year, 10, 31)
    done = overdue = 0
    for m in [*changed, *new]:
        if m.progress == MilestoneProgress.IN_PROGRESS:  # the overdue ones set above
            overdue += 1
            m.evidence_note = "进度滞后，已列入督办"
            continue
        if m.pk and rng.random() < 0.4:  # imported proposals ask for a document by default
            m.evidence_kind = rng.choice(kinds)
        if m.due_date <= cutoff:
            m.progress = MilestoneProgress.DONE
            m.completed_on = m.due_date - datetime.timedelta(days=rng.randint(0, 12))
            m.evidence_note = EVIDENCE[m.evidence_kind]
            if m.evidence_kind == EvidenceKind.LINK:
                m.evidence_link = "https://www.example.gov.cn/shenfu/notice"
            if supervisor is not None and rng.random() < 0.8:
                m.verified_at, m.verified_by = now, supervisor
            done += 1
        elif m.due_date.month in YEAR_END_MONTHS and m.approval == MilestoneApproval.APPROVED:
            m.progress = MilestoneProgress.IN_PROGRESS if rng.random() < 0.6 else MilestoneProgress.NOT_STARTED
    Milestone.objects.bulk_update(changed, ["due_date", "due_text", "department", "progress", "completed_on",
                                            "evidence_kind", "evidence_note", "evidence_link", "verified_at",
                                            "verified_by"])
    Milestone.objects.bulk_create(new)
    return {"milestones": len(changed) + len(new), "done": done, "overdue": overdue, "tasks": len(tasks)}


def load_demo(*, zone, plan, console) -> str:
    supervisor = get_user_model().objects.filter(username="supervisor").first()
    result = plan_milestones(plan, supervisor=supervisor)
    return (f"任务分解表：{result['tasks']} 项任务 {result['milestones']} 个工作节点，1-10月已完成 {result['done']} 个，"
            f"逾期 {result['overdue']} 个")
