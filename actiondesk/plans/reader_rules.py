"""What each reader rule means, for people: the review page and ``actiondesk plan parse --explain`` show it beside
each task's lead/support split and each target, so a person can see why the reader read it so."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

TASK_RULES = {
    "labels": gettext_lazy("按“牵头单位/配合单位”标注"),
    "responsible_after_lead": gettext_lazy("已标牵头单位，“责任单位”作配合"),
    "implementing_after_lead": gettext_lazy("已标牵头单位，“实施部门/实施主体/承办单位”作配合"),
    "other_field": gettext_lazy("“适用范围”等其他栏目不是单位，已略去"),
    "inherited": gettext_lazy("本项未列单位，沿用所属标题中的责任单位"),
    "wording": gettext_lazy("按“X牵头，Y配合”表述"),
    "lead_mark": gettext_lazy("按“（牵头）”标记"),
    "single_list": gettext_lazy("单位清单未分牵头/配合，全部作牵头"),
    "bare_list": gettext_lazy("括号内仅列单位，全部作牵头"),
    "kinds_list": gettext_lazy("按“X、Y等部门负责”列出的部门类别（如“公安”“交通”）作单位，全部作牵头"),
    "document_first": gettext_lazy("按文件规定：列第一位的为牵头单位"),
    "document_comma": gettext_lazy("按文件规定：逗号前为牵头单位"),
    "carried": gettext_lazy("按“以下…不再列出”补入单位"),
    "same_below": gettext_lazy("按“…为实施单位，下同”或“…均为责任单位，以下不再列出”，这些单位作本项及以后各项的配合单位"),
    "included": gettext_lazy("按文件规定“以下分工均含X”，X作本项及以后各项的牵头单位"),
    "closed_section": gettext_lazy("小节无编号条目，以其末尾的责任单位条款作一项任务"),
    "together": gettext_lazy("按“X会同Y负责”表述：X牵头，Y配合"),
    "table": gettext_lazy("按表格的责任单位/配合单位列"),
    "table_spanning": gettext_lazy("表格的责任单位跨行，沿用上一行的单位"),
    "table_spanning_task": gettext_lazy("表格的任务内容跨行，本行沿用上一行的任务，按本行的牵头/配合单位"),
    "table_sub_row": gettext_lazy("同一任务格下另起一行工作内容，按该行的牵头/配合单位作一项任务"),
    "table_item_sub_row": gettext_lazy("考核内容格下按细则编号分行，有本行责任单位格的作一项任务（N-k），无单位格的并入上一项"),
    "table_unit_lines": gettext_lazy("表格的责任单位/配合单位逐行列出、格间无分隔：第一行作牵头，其余作配合（待确认）"),
    "table_lead_lines": gettext_lazy("表格未印序号，按单位格分行；责任单位格占多行：末格作配合，其余作牵头（待确认）"),
    "table_row_unit": gettext_lazy("表格未标责任单位列，按行内的单位名称"),
    "annex_table": gettext_lazy("按附件任务清单的牵头部门/配合部门/实施主体列"),
    "schedule_rows": gettext_lazy("清单未印序号，以每行末的完成时限格分行；责任领导/责任人列是人名，不作单位"),
    "restated_units": gettext_lazy(
        "清单未印序号，每行以季度目标任务格收尾；责任领导格重列责任单位并附领导姓名，只按责任单位格的单位作牵头"
    ),
    "leader_rows": gettext_lazy("清单未印序号，每行以分管领导（人名）格开头、按该行的牵头落实部门格；领导是人名，不作单位"),
    "project_rows": gettext_lazy(
        "项目清单未印序号，每个项目作一项任务（以项目名称为题），按建设年限格分行；单位列标题带括注（如“牵头处室（牵头部门）”）的，"
        "格内括号中的单位同属该列"
    ),
    "table_measure": gettext_lazy("表格的具体工作措施全表连续编号（1、2、…），每条措施作一项任务，按其下的责任单位"),
    "lead_then_names": gettext_lazy("单位格写作“X牵头，Y、Z”：牵头之后所列单位作配合"),
    "assists": gettext_lazy("按“X配合Y、Z落实”表述：配合之后的Y、Z作牵头，X作配合；省略主语的“配合W负责…”沿用前一句的X"),
    "problem_rows": gettext_lazy("问题表未印序号，以每行末的责任单位格分行；“存在问题”格跨行，作各行的分组，每条整改措施作一项任务"),
    "numbered_cells": gettext_lazy("清单每格一行，行号单独一行，其后一格为项目名称（作标题），再后为主要内容和责任单位"),
    "outline_rows": gettext_lazy("表格序号为“一、（一）”式，每格一行；仅各列齐全的行作任务，父行和合计行无单位，不作任务"),
    "part_clauses": gettext_lazy("本文各部分的责任单位另起一行、覆盖该部分各项；写在末项句末的条款同样覆盖整个部分"),
    "task_cell_number": gettext_lazy("清单无序号列，行号印在工作任务格开头；牵头单位格空缺时，由该行仅有的单位格牵头"),
    "table_note_first": gettext_lazy("按表下注明：责任单位第一个为牵头单位，其余为配合单位"),
    "role_sentence": gettext_lazy("按整句分工表述（“X负责…，Y组织实施，Z配合”）：仅配合/协助/参与的单位作配合，其余作牵头"),
    "rule_below": gettext_lazy("“列第一位的为牵头单位，下同”写在其后的条款中，自该条起适用；本项单位全部作牵头"),
    "guides": gettext_lazy("按“X指导”表述：指导单位牵头，参与单位配合"),
    "lead_groups": gettext_lazy("条款内有两组“牵头负责”，两组单位均作牵头"),
    "role_words": gettext_lazy("单位名称后的“负责/组织落实/按职责”等职责用语已略去"),
    "sentence_end": gettext_lazy("条款写在句末标点前（“…（X负责）；二是…”），同样结束一项任务"),
    "named_as": gettext_lazy("按“X为牵头单位，Y为配合单位”表述"),
    "last_item": gettext_lazy("条款只写在组内最后一项之后，作该项的责任单位；是否涵盖全组待确认"),
    "shared_label": gettext_lazy("条目跨组连续编号：另起一行的责任单位条款覆盖同组内其前未列单位的各项（至上一条款为止），待确认"),
    "standing_group": gettext_lazy("工作组的“成员：”行所列单位作该组的牵头单位；“组长：”“主任：”行为人名，不作单位"),
    "standing_group_liaison": gettext_lazy("按文件“各组联络单位负责牵头”的规定：成员中注明“联络单位”的单位作牵头，其余成员作配合"),
    "standing_group_duty": gettext_lazy("工作组职责条目以“X负责…”开头：X作本条的牵头单位，工作组本身不作任务"),
    "unnamed": gettext_lazy("未列名称的“有关部门/相关单位”已略去"),
    "dated": gettext_lazy("带日期的描述（如“2018年6月1日至…期间…的项目业主”）不是单位，已略去"),
    "none": gettext_lazy("未找到责任单位"),
}
TARGET_RULES = {
    "bare": gettext_lazy("未写比较词，按“不少于”"),
    "more": gettext_lazy("按“余/多”，作“超过”"),
    "range": gettext_lazy("按区间"),
    "relative": gettext_lazy("按“高于/不低于…平均水平”"),
    "coverage": gettext_lazy("按“全覆盖”，作100%"),
    "table_column": gettext_lazy("表格数字，单位见表头"),
    "table_year": gettext_lazy("表格年度列中的数字，作该年度的目标"),
    "table_indicator": gettext_lazy("指标表（指标 / 单位 / 目标年度）本行的目标值，单位见“单位”列；“>100”按“超过”，作不少于"),
    "table_goal_cell": gettext_lazy("表格指标/目标列中单独的数字，作本行任务的目标"),
    "named_list": gettext_lazy("数字统计前面列出的名称（“…等5项”），作目标"),
    "share_of_whole": gettext_lazy("按“不低于…人口/总数的N%（‰）”，比较词写在基数之前，作不少于"),
    "sampled": gettext_lazy("抽查/抽检的样品数或监测点数，作目标（按“不少于”）"),
    "deduction_floor": gettext_lazy("考核扣分细则中“少于/低于/未达…的”扣分，按其要求的下限（不少于）作目标"),
}


def task_rule_text(code: str) -> str:
    """"single_list+carried" → "单位清单未分牵头/配合，全部作牵头；按“以下…不再列出”补入单位"."""
    return "；".join(str(TASK_RULES.get(part, part)) for part in (code or "none").split("+"))


def target_rule_text(code: str) -> str:
    if not code:
        return ""
    if code.startswith(("prefix:", "suffix:")):
        return _("按“%(word)s”") % {"word": code.split(":", 1)[1]}
    return str(TARGET_RULES.get(code, code))
