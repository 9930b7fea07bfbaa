"""The 金融+ 台账 (.xlsx): one sheet per kind of record. Funds, pools, compensations and the pools' figures are
whole; loans, events and listing rungs are the dashboard's lists as their FilterSets narrowed them, and fund
investments those of the dashboard's year. A fixed number of queries whatever the rows."""
from django.db.models import Prefetch

from actiondesk.chains.models import Chain
from actiondesk.core.scoping import visible
from actiondesk.core.spreadsheets import Workbook
from actiondesk.finance import selectors
from actiondesk.finance.models import Compensation, FundInvestment

FUND_HEADERS = ["基金名称", "层级", "母基金", "管理人", "基金规模(万元)", "认缴(万元)", "实缴(万元)", "已投(万元)",
                "投资笔数", "重点投向产业链", "主管部门"]
INVESTMENT_HEADERS = ["基金", "企业", "统一社会信用代码", "投资额(万元)", "投资日期"]
EVENT_HEADERS = ["活动名称", "举办日期", "参加银行", "参会企业(家)", "促成贷款(笔)", "促成贷款(万元)", "主管部门"]
LOAN_HEADERS = ["企业", "统一社会信用代码", "银行", "金融产品", "贷款金额(万元)", "放款日期", "对接活动",
                "风险补偿资金池", "主管部门"]
POOL_HEADERS = ["资金池", "资金池规模(万元)", "补偿比例(%)", "纳入贷款(笔)", "纳入贷款金额(万元)", "补偿次数",
                "已补偿(万元)", "余额(万元)", "主管部门"]
COMPENSATION_HEADERS = ["资金池", "企业", "统一社会信用代码", "银行", "贷款金额(万元)", "贷款损失(万元)",
                        "补偿金额(万元)", "补偿日期", "记录人"]
STEP_HEADERS = ["企业", "统一社会信用代码", "上市梯度", "交易所/板块", "日期", "说明", "主管部门"]


def _number(value):
    return None if value is None else float(value)


def _name(row) -> str:
    return row.name if row is not None else ""


def _person(user) -> str:
    return "" if user is None else (user.get_full_name() or user.username)


def ledger_xlsx(user, *, year: int, loans, events, steps) -> bytes:
    """``loans``, ``events`` and ``steps``: the user's lists as filtered (``selectors.loan_list`` …)."""
    book = Workbook()
    funds = selectors.fund_list(user).prefetch_related(
        Prefetch("focus_chains", queryset=Chain.objects.order_by("sort_order", "pk")))
    book.add_table("引导基金及子基金", FUND_HEADERS, [
        [f.name, "子基金" if f.parent_id else "母基金", _name(f.parent), f.manager, _number(f.size),
         _number(f.committed), _number(f.paid_in), _number(f.invested) or 0, f.investments_count,
         "、".join(c.name for c in f.focus_chains.all()), _name(f.department)] for f in funds], freeze=(1, 1))
    investments = (visible(FundInvestment.objects.filter(invested_on__year=year), user)
                   .select_related("fund", "enterprise").order_by("fund__name", "invested_on", "pk"))
    book.add_table("基金投资", INVESTMENT_HEADERS, [
        [i.fund.name, i.enterprise.name, i.enterprise.credit_code, _number(i.amount), i.invested_on]
        for i in investments], freeze=(1, 2))
    book.add_table("政银企对接活动", EVENT_HEADERS, [
        [e.name, e.held_on, e.banks, e.enterprises_attending, e.loans_count, _number(e.loans_amount) or 0,
         _name(e.department)] for e in events], freeze=(1, 1))
    book.add_table("贷款", LOAN_HEADERS, [
        [loan.enterprise.name, loan.enterprise.credit_code, loan.bank, loan.get_product_display(),
         _number(loan.amount), loan.granted_on, _name(loan.event), _name(loan.pool), _name(loan.department)]
        for loan in loans], freeze=(1, 1))
    book.add_table("风险补偿资金池", POOL_HEADERS, [
        [p.name, _number(p.size), _number(p.compensation_rate), p.loans_covered, _number(p.loans_amount) or 0,
         p.compensations_count, _number(p.compensation_paid), _number(p.balance), _name(p.department)]
        for p in selectors.pools(user)], freeze=(1, 1))
    compensations = (visible(Compensation.objects.all(), user)
                     .select_related("pool", "loan__enterprise", "recorded_by").order_by("pool__name", "paid_on", "pk"))
    book.add_table("补偿记录", COMPENSATION_HEADERS, [
        [c.pool.name, c.loan.enterprise.name, c.loan.enterprise.credit_code, c.loan.bank, _number(c.loan.amount),
         _number(c.loss), _number(c.amount), c.paid_on, _person(c.recorded_by)] for c in compensations],
        freeze=(1, 1))
    book.add_table("上市梯度", STEP_HEADERS, [
        [s.enterprise.name, s.enterprise.credit_code, s.get_stage_display(), s.get_exchange_display(),
         s.reached_on, s.note, _name(s.department)] for s in steps], freeze=(1, 1))
    return book.close()
