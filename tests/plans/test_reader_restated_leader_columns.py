"""An annexed 工作清单 without row numbers, one cell a line (攻坚事项 / 具体任务 / 责任单位 / 责任领导 / 二季度目标任务 /
三季度目标任务 / 四季度目标任务), whose 责任领导 cell restates the unit cell's bodies beside an official's name and whose
three quarterly cells close each row (made-up documents): every row is a task, led by the 责任单位 cell's names only."""

from actiondesk.plans.reader import read_text

BODY = (
    "乙区稳增长攻坚行动方案\n一、总体目标\n确保全年地区生产总值增长6%。\n二、重点任务\n"
    "（一）稳工业。\n1.做好规上工业企业服务。（责任单位：区发展局、各街道办事处）\n"
    "（二）促消费。\n1.开展促消费活动。（责任单位：区商务局）\n"
)
HEADER = "附件1\n稳工业攻坚战工作清单\n攻坚事项\n具体任务\n责任单位\n责任领导\n二季度目标任务\n三季度目标任务\n四季度目标任务\n"
ROWS = (
    "一、抓好工业增量\n"
    "针对全区规模以上工业企业实施“一企一策”服务。\n"
    "区发展局\n各街道办事处\n区发展局\n王 明\n东街道办事处\n西街道办事处\n"
    "走访企业，协调解决困难。\n走访企业，协调解决困难。\n走访企业，协调解决困难。\n"
    "推进乙区数据中心建设。\n"
    "区发展局\n区国资局\n区发展局\n王 明\n区国资局\n"
    "完成建设方案。\n会同国企开展筹备。\n"
    "1.挂牌运行；\n2.引进企业5家。\n"
    "二、强化项目服务\n"
    "强化重点项目跟踪服务\n"
    "区投资促进局\n区发展局\n各街道办事处\n区投资促进局\n区发展局\n李 强\n"
    "跟踪项目落地。\n跟踪项目落地。\n跟踪项目落地。\n"
    "夯实商贸统计基础\n"
    "区发展局\n乙区物流港\n商贸挂钩责任单位\n区发展局\n王 明\n乙区物流港\n商贸挂钩责任领导\n"
    "摸排新增商贸主体。\n摸排新增商贸主体。\n摸排新增商贸主体。\n"
    "兑现稳岗惠企政策\n"
    "区人社局\n张 华\n"
    "受理申请。\n兑现资金。\n全年兑现完毕。\n"
)


def _read():
    return read_text(BODY + HEADER + ROWS)


def _rows(reading):
    return [t for t in reading["tasks"] if t["rule"].endswith("+restated_units")]


def test_every_row_of_a_quarterly_work_list_is_a_task_titled_by_its_task_cell():
    rows = _rows(_read())
    assert [t["title"] for t in rows] == [
        "针对全区规模以上工业企业实施“一企一策”服务",
        "推进乙区数据中心建设",
        "强化重点项目跟踪服务",
        "夯实商贸统计基础",
        "兑现稳岗惠企政策",
    ]
    assert [t["group"] for t in rows] == ["一、抓好工业增量"] * 2 + ["二、强化项目服务"] * 3


def test_the_leader_cell_restating_the_units_beside_an_officials_name_adds_no_unit():
    rows = _rows(_read())
    assert [t["lead"] for t in rows] == [
        ["区发展局", "各街道办事处"],  # the catch-all spelt out place by place in the leader cell
        ["区发展局", "区国资局"],
        ["区投资促进局", "区发展局"],  # "各街道办事处" opens the leader cell: it is restated nowhere after
        ["区发展局", "乙区物流港", "商贸挂钩责任单位"],  # a name without a body word; a class's officials
        ["区人社局"],  # the leader cell names a person only
    ]
    assert not any(t["support"] or t["unsure"] for t in rows)


def test_the_quarterly_cells_figures_are_the_rows_goals_and_the_body_still_reads():
    reading = _read()
    assert any(
        t["text"] == "引进企业5家" and t["value"] == 5 and t["unit"] == "家" for t in reading["targets"]
    )
    body = [t for t in reading["tasks"] if not t["rule"].endswith("+restated_units")]
    assert [t["lead"] for t in body] == [["区发展局", "各街道办事处"], ["区商务局"]]


def test_a_list_whose_goal_columns_are_no_quarters_is_not_read_so():
    text = BODY + HEADER.replace("二季度目标任务\n三季度目标任务\n四季度目标任务\n", "备注\n") + ROWS
    assert not _rows(read_text(text))


def test_quarterly_goals_of_firms_trained_and_of_sailings_a_week_are_targets():
    text = (
        BODY
        + HEADER
        + ROWS.replace(
            "走访企业，协调解决困难。\n走访企业，协调解决困难。\n",
            "组织45家企业开展培训。\n加密航线达每周3航次\n",
        )
    )
    found = [(t["text"], t["value"], t["unit"]) for t in read_text(text)["targets"]]
    assert ("组织45家企业开展培训", 45, "家") in found
    assert ("加密航线达每周3航次", 3, "航次") in found
    assert not [
        t
        for t in read_text("甲方案\n一、任务\n1.组织10支街镇服务大队开展巡查。（责任单位：甲局）\n")[
            "targets"
        ]
    ]
