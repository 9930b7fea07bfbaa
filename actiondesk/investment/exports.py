"""Excel export of the filtered pipeline (the page's filters): one row per lead, with its ledger project."""
from actiondesk.core.spreadsheets import Workbook

HEADERS = ["目标企业", "所在地", "产业链", "补链环节", "线索来源", "推荐企业", "阶段", "阶段日期", "责任部门", "负责人",
           "投资额(万元)", "台账项目编号", "登记日期", "进展说明"]


def leads_xlsx(leads) -> bytes:
    rows = []
    for lead in leads.select_related("referrer").order_by("chain__sort_order", "segment_id", "pk"):
        investment = lead.investment
        rows.append([lead.company_name, lead.company_location, lead.chain.name,
                     lead.segment.name if lead.segment_id else "", lead.get_source_display(),
                     lead.referrer.name if lead.referrer_id else "", lead.get_stage_display(), lead.stage_on,
                     lead.department.name, (lead.owner.get_full_name() or lead.owner.username) if lead.owner_id else "",
                     None if investment is None else float(investment), lead.project.code if lead.project_id else "",
                     lead.created_on, lead.note])
    book = Workbook()
    book.add_table("招商线索", HEADERS, rows, freeze=(1, 1))
    return book.close()
