"""A scanned plan's unit names are mended from the document itself — a character of like shape the recognition
misread, a 、 it lost, a bracket of a clause whose opening it lost, a character it added — only into what the same
document prints elsewhere; and a page number between dashes, as printed or as recognised ('-一4一'), no longer breaks
a paragraph that runs over the page."""

from pathlib import Path

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.line_joins import Line
from actiondesk.plans.reader.pdf_text import printed_paragraphs
from actiondesk.plans.reader.scan_marks import as_printed
from actiondesk.plans.reader.scan_names import mend_scanned_names
from tests.plans.scans import pdf_pages, scanned

DATASETS = Path(__file__).parent / "fixtures" / "pdf" / "zhejiang-2025-ai-industry-high-quality-datasets-construction-action-plan.pdf"


def _reading(text: str, *units: tuple[list[str], list[str]]) -> dict:
    tasks = [{"title": f"任务{index}", "lead": list(lead), "support": list(support)}
             for index, (lead, support) in enumerate(units)]
    return {"text": text, "tasks": tasks, "departments": []}


def _units(reading: dict) -> list[tuple[list[str], list[str]]]:
    return [(task["lead"], task["support"]) for task in reading["tasks"]]


def test_a_misread_place_is_put_back_where_the_document_prints_the_place_right_elsewhere():
    text = "宁波市经信局、守波市数据局负责。台州市经信局、合州市数据局负责。宁波市、台州市各建一个。"
    reading = mend_scanned_names(_reading(text, (["宁波市经信局", "守波市数据局"], []),
                                          (["台州市经信局", "合州市数据局"], [])))
    assert _units(reading) == [(["宁波市经信局", "宁波市数据局"], []), (["台州市经信局", "台州市数据局"], [])]
    assert "宁波市数据局" in reading["departments"] and "守波市数据局" not in reading["departments"]


def test_a_name_whose_mended_form_the_document_never_prints_stays_as_read():
    """合肥 is no misread 台肥: nothing the document prints names 台肥; a real 合作 office stays too."""
    text = "合肥市数据局负责。省合作交流办负责。台州市数据局负责。"
    units = [(["合肥市数据局"], []), (["省合作交流办"], []), (["台州市数据局"], [])]
    assert _units(mend_scanned_names(_reading(text, *units))) == units


def test_two_names_read_as_one_are_parted_where_another_clause_lists_one_of_them():
    text = "（责任单位：省财政厅、省发展改革委省金融控股公司）（责任单位：省发展改革委）"
    reading = mend_scanned_names(_reading(text, (["省财政厅"], ["省发展改革委省金融控股公司"]), (["省发展改革委"], [])))
    assert _units(reading)[0] == (["省财政厅"], ["省发展改革委", "省金融控股公司"])


def test_a_level_carried_to_the_name_before_it_across_a_lost_mark_is_put_back():
    text = "温州市数据局省数据局。温州市数据局。省数据局。"
    reading = mend_scanned_names(_reading(text, (["温州市数据局省", "数据局"], []), (["温州市数据局", "省数据局"], [])))
    assert _units(reading)[0] == (["温州市数据局", "省数据局"], [])


def test_a_character_the_recognition_added_goes_where_another_clause_names_the_body_without_it():
    text = "浙江人金融监管局。浙江金融监管局。"
    reading = mend_scanned_names(_reading(text, (["浙江人金融监管局"], []), (["浙江金融监管局"], [])))
    assert _units(reading)[0] == (["浙江金融监管局"], [])


def test_a_bracket_the_name_never_opened_is_dropped_and_a_bracketed_name_kept_whole():
    reading = mend_scanned_names(_reading("", (["省经信厅）"], ["各县（市、区）政府"])))
    assert _units(reading) == [(["省经信厅"], ["各县（市、区）政府"])]


@pytest.mark.parametrize("number", ["- 4 -", "— 12 —", "-一4一", "一 7 一", "－3－"])
def test_a_page_number_between_dashes_at_the_foot_does_not_break_the_paragraph_running_over_the_page(number):
    first = [Line(700, 90, 16, "（六）金融服务。打造高质量数据集。（牵头单位：人行浙江省分行、浙江金融监管"),
             Line(60, 280, 12, number)]
    second = [Line(760, 90, 16, "局、浙江证监局）"), Line(730, 122, 16, "（七）时空信息。推动数据中心落地。")]
    paragraphs = printed_paragraphs([first, second])
    assert paragraphs[0].endswith("浙江金融监管局、浙江证监局）") and len(paragraphs) == 2


@pytest.mark.usefixtures("recogniser")
def test_a_scanned_clause_broken_over_a_page_keeps_its_last_unit_whole_without_the_page_number():
    """Before: '浙江人金融监管', '-一4一、局' — the recognised page number '-一4一' kept as a line between the pages."""
    reading = read_plan(scanned(pdf_pages(DATASETS.read_bytes(), [1, 2, 3, 4])), "datasets.pdf")
    finance = next(task for task in reading["tasks"] if task["title"] == "金融服务")
    assert [name for name in finance["lead"] if name.endswith("金融监管局")] and not any(
        "4" in name or name == "局" for name in finance["lead"])


def test_a_body_misread_every_time_takes_the_name_other_places_give_the_same_body():
    text = "绍兴市经信有局。宁波市经信局。台州市经信局。"
    reading = mend_scanned_names(_reading(text, (["绍兴市经信有局"], []), (["绍兴市经信有局"], []),
                                          (["宁波市经信局"], []), (["台州市经信局"], [])))
    assert [lead for lead, _ in _units(reading)][:2] == [["绍兴市经信局"], ["绍兴市经信局"]]


def test_a_name_cut_short_takes_the_one_unit_that_starts_with_it_and_no_more():
    text = "之江。之江实验室。省科技厅。省科技馆。"
    reading = mend_scanned_names(_reading(text, (["之江"], []), (["之江实验室"], []),
                                          (["省科"], []), (["省科技厅", "省科技馆"], [])))
    assert [lead for lead, _ in _units(reading)][:3] == [["之江实验室"], ["之江实验室"], ["省科"]]


@pytest.mark.parametrize(("read", "printed"), [
    ("开放车端V2G功能。（市发展改革委、工业和信息化局负责", "开放车端V2G功能。（市发展改革委、工业和信息化局负责）"),
    ("给予支持。〔市发展改革委、各区政府（含大鹏新区管委会，下同）负责", "给予支持。〔市发展改革委、各区政府（含大鹏新区管委会，下同）负责〕"),
    ("升级改造。〈市发展改革委、市场监管局负责", "升级改造。（市发展改革委、市场监管局负责）"),
    ("建设数据集。（牵头单位：省数据局、省经信厅", "建设数据集。（牵头单位：省数据局、省经信厅）"),
    ("按本办法（见附件", "按本办法（见附件"),  # no clause: left as read
    ("推进（二）项目建设的负责", "推进（二）项目建设的负责"),
])
def test_a_clause_closing_a_paragraph_whose_closing_bracket_the_model_lost_is_closed(read, printed):
    assert as_printed(read) == printed
