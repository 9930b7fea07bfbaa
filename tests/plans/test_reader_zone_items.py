"""Rules added for the two plans moved from the twentieth held-out batch (branch k-reader28), each on a small
made-up plan: an annexed 任务分工 table headed '负责单位' (a 工会 among its units), label lines that close each themed
paragraph of one item, and numbered parts repeated under every group (行动目标 / 主要任务) that are no tasks."""

from actiondesk.plans.reader import read_text


def test_an_annexed_duty_table_headed_by_a_responsible_unit_column_reads_its_rows_as_tasks_led_by_those_units():
    text = "\n".join(
        [
            "某区关于加强某设施建设的实施方案",
            "一、总体目标",
            "到2020年，基本建成标准化的设施。",
            "二、保障措施",
            "（一）明确职责分工。区甲局作为牵头单位，会同相关部门推进。区乙局要将设施建设纳入规划。",
            "附件",
            "某区设施建设任务分工",
            "序号",
            "职责",
            "负责单位",
            "备注",
            "1",
            "将设施建设纳入城市建设",
            "区乙局",
            "2",
            "协调做好机关事业单位的设施建设",
            "区妇联、区总工会",
            "3",
            "协调做好医疗机构的设施建设",
            "区甲局",
        ]
    )
    tasks = read_text(text)["tasks"]
    assert [(task["number"], task["lead"], task["support"]) for task in tasks] == [
        ("1", ["区乙局"], []),
        ("2", ["区妇联", "区总工会"], []),
        ("3", ["区甲局"], []),
    ]


_THEMED = [
    "某区推进某行动实施方案",
    "一、重点行动",
    "（一）甲产业",
    "1．行动目标。到2018年，建成3家以上孵化器。",
    "2．主要任务",
    "推进甲产业发展，建设一批车间。",
    "牵头单位：区甲局，配合单位：区乙局、区丙局",
    "（二）益民服务",
    "1．行动目标。基本实现新兴服务对城乡的全覆盖。",
    "2．主要任务",
    "“互联网+”便民服务：推进政务全程网办。",
    "牵头单位：区行政审批局，配合单位：区丙局",
    "“互联网+”教育：开发优质教育资源。",
    "牵头单位：区教育局",
    "二、保障措施",
    "（一）强化人才保障",
    "加强人才培养。支持校企共建基地。",
    "牵头单位：区丁部，配合单位：区教育局",
    "加大人才引进力度。吸引高端人才来区创业。",
    "牵头单位：区丁部",
]


def test_label_lines_after_each_themed_paragraph_of_one_item_close_a_task_each():
    tasks = read_text("\n".join(_THEMED))["tasks"]
    assert [(task["title"], task["lead"], task["support"]) for task in tasks] == [
        ("甲产业", ["区甲局"], ["区乙局", "区丙局"]),
        ("“互联网+”便民服务", ["区行政审批局"], ["区丙局"]),
        ("“互联网+”教育", ["区教育局"], []),
        ("加强人才培养", ["区丁部"], ["区教育局"]),
        ("加大人才引进力度", ["区丁部"], []),
    ]
    assert tasks[2]["number"] == "（二）-2"


def test_numbered_parts_repeated_under_every_group_heading_are_no_tasks_and_their_goals_belong_to_no_task():
    reading = read_text("\n".join(_THEMED))
    assert not any(task["title"] in ("行动目标", "主要任务") for task in reading["tasks"])
    served = next(task for task in reading["tasks"] if task["title"] == "“互联网+”便民服务")
    assert served["text"].startswith("“互联网+”便民服务") and "行动目标" not in served["text"]
    coverage = next(target for target in reading["targets"] if "全覆盖" in target["text"])
    assert (coverage["value"], coverage["task"]) == (100, None)
