"""Excel exports of 链长制: the problems 台账 (the page's filters) and chain plans (items with their milestones and
state, the technology route, the policies)."""
import datetime

from actiondesk.chainwork.selectors import with_states
from actiondesk.core.spreadsheets import Workbook

PROBLEM_HEADERS = ["产业链", "产业链类别", "问题", "情况说明", "提出方", "提出单位", "责任部门", "提出日期", "解决时限",
                   "状态", "解决情况", "会议议定事项数"]
ITEM_HEADERS = ["产业链", "年度", "落实的重点任务", "目标", "举措", "责任部门", "工作节点", "完成时限", "节点责任部门",
                "状态", "完成日期"]
ROUTE_HEADERS = ["产业链", "年度", "环节", "位置", "阶段", "关键技术"]
POLICY_HEADERS = ["产业链", "年度", "政策名称", "发布单位", "支持内容", "截止日期", "政策说明"]


def problems_xlsx(problems) -> bytes:
    rows = [[p.chain.name, p.chain.get_kind_display(), p.title, p.detail, p.get_raised_by_display(), p.raised_by_name,
             p.owner_department.name, p.raised_on, p.due_on, p.get_state_display(), p.resolution, p.decision_count]
            for p in problems]
    book = Workbook()
    book.add_table("协调问题台账", PROBLEM_HEADERS, rows, freeze=(1, 1))
    return book.close()


def plan_xlsx(plans: list, today: datetime.date) -> bytes:
    """Plans read by ``selectors.plan_list`` (their items, milestones, route steps and policies prefetched)."""
    items, route, policies = [], [], []
    for plan in plans:
        head = [plan.chain.name, plan.year]
        task = f"{plan.task.number} {plan.task.title}" if plan.task_id else ""
        for item in plan.items.all():
            base = [*head, task, item.goal, item.measure, item.owner_department.name]
            milestones = with_states(list(item.milestones.all()), today)
            for m in milestones or [None]:
                items.append(base + ([m.title, m.due_date, m.department.name, m.state_label, m.completed_on]
                                     if m else ["", None, "", "", None]))
        route += [[*head, s.segment.name if s.segment_id else "", s.segment.get_position_display()
                   if s.segment_id else "", s.get_stage_display(), s.key_technologies] for s in plan.route_steps.all()]
        policies += [[*head, p.title, p.issuer, p.benefit, p.deadline, ""] for p in plan.policies.all()]
        if plan.policy_note:
            policies.append([*head, "", "", "", None, plan.policy_note])
    book = Workbook()
    book.add_table("计划事项与工作节点", ITEM_HEADERS, items, freeze=(1, 1))
    book.add_table("技术路径", ROUTE_HEADERS, route, freeze=(1, 1))
    book.add_table("配套政策", POLICY_HEADERS, policies, freeze=(1, 1))
    return book.close()
