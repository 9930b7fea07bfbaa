"""Articles numbered 第N条 as sections (some with （一） sub-items, some closed by their own clause), and a 附则 that ends
the articles: its items name bodies but are no tasks."""

from actiondesk.plans.reader import read_text
from actiondesk.plans.reader.numbering import SECTION, numbered

MEASURES = """某区支持一人公司发展若干措施
第一条 办公空间支持
对经认定的企业提供专属空间支持。（责任单位：区科技局、各社区）
第二条 人才支持
（一）青年人才引育。对新引进的青年人才给予补贴。（责任单位：区人力资源局）
（二）菁英奖励。对人才团队给予奖励（责任单位：区投资促进局）
第三条 场景支持
发布场景清单。（责任单位：区发展改革局）
附则
（一）认定管理。由区科技局会同各社区组织认定。
（二）制定工作指引。由上述措施责任单位制定工作指引。
（三）实施时间。本措施自印发之日起施行。
"""


def test_an_article_line_is_a_section_but_a_sentence_opening_with_di_yi_tiao_is_not():
    assert numbered("第三条 人才支持").kind == SECTION
    assert numbered("第十一条：附则").kind == SECTION
    assert numbered("第一条为做好宣传工作制定本办法") is None


def test_articles_without_sub_items_and_the_sub_items_of_the_others_are_the_tasks_and_the_provisions_are_none():
    tasks = read_text(MEASURES)["tasks"]
    assert [(t["title"], t["lead"]) for t in tasks] == [
        ("办公空间支持", ["区科技局", "各社区"]),
        ("青年人才引育", ["区人力资源局"]),
        ("菁英奖励", ["区投资促进局"]),
        ("场景支持", ["区发展改革局"]),
    ]


def test_a_heading_sentence_over_paragraphs_with_run_in_titles_lets_the_first_paragraph_title_its_own_task():
    text = """基础教育高质量发展实施方案
（一）坚持“五育”并举，全面发展素质教育。
突出德育实效。构建德育体系。（责任单位：教育厅，省委宣传部）
提升智育水平。构建现代课堂。（责任单位：教育厅，省市场监管局）
（二）深化改革。推进评价改革。（责任单位：教育厅）
"""
    assert [t["title"] for t in read_text(text)["tasks"]] == ["突出德育实效", "提升智育水平", "深化改革"]
