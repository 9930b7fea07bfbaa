"""A programme read from a part heading ("三、全力强化组织保障", stored as number "三") shows as the plan prints it, with its 、;
a numbered group ("（一）要素保障") and an Arabic-numbered one show as stored — on the plan page, the review page and the
battle map alike (one helper)."""

from django.template import Context, Template

from actiondesk.plans.models import Programme, programme_heading


def test_a_parts_bare_numeral_takes_its_mark_back():
    assert programme_heading("三", "全力强化组织保障") == "三、全力强化组织保障"
    assert programme_heading("（一）", "要素保障") == "（一）要素保障"
    assert programme_heading("2", "产业链提升工程") == "2.产业链提升工程"


def test_a_stored_programme_and_a_read_one_show_the_same_heading():
    stored = Programme(number="三", title="全力强化组织保障")
    assert (str(stored), stored.numbered) == ("三、全力强化组织保障", "三、")
    read = Template("{% load reader_rules %}{{ p|heading }}").render(Context({"p": {"number": "三", "title": "全力强化组织保障"}}))
    assert read == "三、全力强化组织保障"
