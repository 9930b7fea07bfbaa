"""An annexed table keyed by the person who answers for each row ("分管领导 / 检查重点 / 牵头落实部门"), one cell a
line and no row numbers (branch k-reader55, from a moved held-out township plan): each row opens with a person's
name — no unit, no task — then what the row covers, then its units, all leads; a header printed again at a page
break is passed over. Made-up plans."""

from actiondesk.plans.reader import read_text

_KEYED = """某镇人民政府安全生产大检查工作实施方案

一、工作目标

全面排查治理各类安全隐患，坚决遏制重特大事故发生。

二、职责分工

按照属地管理和“管行业必须管安全”的要求，由各分管领导组织实施（详见附件）。

三、工作要求

各单位要于每个阶段结束前5日内报送工作情况。

附件： 各分管领导及牵头落实部门
分管
领导
检查重点单位
行业领域单位
牵头落实部门
王 明
各中小学校、幼儿园、卫生院等人员密集场所
文教办、安监站、消防办
李晓红
道路交通，烟花爆竹，特种设备
镇派出所、安监站、道安办
分管
领导
检查重点单位
行业领域单位
牵头落实部门
张强
征迁安置
民政办、镇国土资源所
"""


def test_rows_keyed_by_a_leader_are_tasks_of_their_scope_led_by_their_units():
    tasks = read_text(_KEYED)["tasks"]
    assert [(t["title"], t["lead"], t["support"]) for t in tasks] == [
        ("各中小学校、幼儿园、卫生院等人员密集场所", ["文教办", "安监站", "消防办"], []),
        ("道路交通，烟花爆竹，特种设备", ["镇派出所", "安监站", "道安办"], []),
        ("征迁安置", ["民政办", "镇国土资源所"], []),
    ]
    assert {t["rule"] for t in tasks} == {"annex_table+leader_rows"}
    assert not any("王" in name or "李晓红" in name for t in tasks for name in t["lead"] + t["support"])
