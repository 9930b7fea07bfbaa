"""Excel exports: the demands 台账 of any filtered list and the 拖欠账款 ledger."""
from actiondesk.core.spreadsheets import xlsx_bytes

DEMAND_HEADERS = ["编号", "企业", "统一社会信用代码", "渠道", "类别", "诉求", "责任部门", "责任人", "状态", "提出日期",
                  "受理时限", "办结时限", "受理日期", "办结日期", "评价", "重新办理次数", "升级", "办理结果"]
ARREAR_HEADERS = ["企业", "欠款单位", "清欠责任部门", "欠款金额(万元)", "已还(万元)", "未还(万元)", "应付日期", "还款计划"]


def demand_rows(demands):
    for d in demands.iterator(chunk_size=2000):
        yield [d.pk, d.enterprise.name, d.enterprise.credit_code, d.get_channel_display(), d.category.name, d.title,
               d.owner_department.name, d.owner.get_full_name() or d.owner.username, d.get_status_display(),
               d.raised_on, d.accept_due, d.resolve_due, d.accepted_on, d.closed_on, d.get_rating_display(),
               d.reopen_count, d.get_escalation_display() if d.escalation else "", d.resolution]


def demands_export(demands) -> bytes:
    return xlsx_bytes("企业诉求台账", DEMAND_HEADERS, demand_rows(demands), freeze=(1, 2))


def arrear_rows(arrears):
    for a in arrears:
        repaid = a.repaid or 0
        yield [a.enterprise.name, a.debtor, a.department.name, a.amount, repaid, a.amount - repaid, a.due_on, a.plan]


def arrears_export(arrears) -> bytes:
    return xlsx_bytes("拖欠账款台账", ARREAR_HEADERS, arrear_rows(arrears))
