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
