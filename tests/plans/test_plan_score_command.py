"""`actiondesk plan score FOLDER`: the reader scored on any folder of plans with their hand readings, the way the
suite scores its corpus — so a further set kept apart from the reader's authors is scored with one command."""
import json
import shutil

import pytest

from actiondesk.cli import main
from actiondesk.plans.samples import SHENFU_2026_GOLD, SHENFU_2026_TEXT
from actiondesk.plans.scoring import summarise
from tests.plans.corpus_scorer import DOCUMENTS as CORPUS
from tests.plans.corpus_scorer import gold_of, read, score_document, sources
from tests.plans.test_reader_pdf_files import FIXTURES as PDFS
from tests.plans.test_reader_pdf_files import PDFS as PDF_SLUGS
from tests.plans.test_reader_pdf_files import _text_and_gold

CORPUS_SLUGS = sorted(slug for slug, source in sources().items() if source["split"] == "tune")[:4]


def _scored(capsys, folder, *options) -> dict:
    assert main(["plan", "score", *([str(folder)] if folder else []), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)


def _zone_plan(folder, gold: dict | None = None):
    folder.mkdir(exist_ok=True)
    shutil.copy(SHENFU_2026_TEXT, folder / "zone.txt")
    gold = gold or json.loads(SHENFU_2026_GOLD.read_text(encoding="utf-8"))
    (folder / "zone.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return gold


def test_a_folder_of_corpus_plans_scores_exactly_as_the_suite_scores_them(tmp_path, capsys):
    for slug in CORPUS_SLUGS:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(CORPUS / f"{slug}{suffix}", tmp_path / f"{slug}{suffix}")
    result = _scored(capsys, tmp_path)
    expected = summarise({slug: score_document(read(slug), gold_of(slug)) for slug in CORPUS_SLUGS})
    assert json.loads(json.dumps(expected)) == {key: value for key, value in result.items() if key != "refused"}
    assert result["refused"] == {}


def test_the_zone_plan_scores_exact_and_meets_the_goals(tmp_path, capsys):
    _zone_plan(tmp_path)
    result = _scored(capsys, tmp_path)
    zone = result["documents"]["zone"]
    assert (zone["matched"], zone["lead"], zone["support"], zone["correct"]) == (19, 19, 19, 38)
    assert zone["problems"] == [] and result["goals_met"] is True
    assert main(["plan", "score", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "zone" in out and "均值" in out and "合并" in out and "达到" in out and "未达到" not in out


def test_a_hand_reading_that_differs_lowers_only_what_it_touches_and_lists_it(tmp_path, capsys):
    gold = json.loads(SHENFU_2026_GOLD.read_text(encoding="utf-8"))
    gold["tasks"][0]["lead"] = ["区审计局"]
    gold["targets"] = gold["targets"][1:] + [{"text": "新建5G基站800个", "value": 800, "unit": "个",
                                              "comparator": ">=", "value_max": None}]
    _zone_plan(tmp_path, gold)
    zone = _scored(capsys, tmp_path)["documents"]["zone"]
    assert (zone["matched"], zone["lead"], zone["support"]) == (19, 18, 19)
    assert (zone["targets"], zone["found"], zone["correct"]) == (38, 38, 37)
    assert zone["lead_exact"] == pytest.approx(18 / 19) and zone["target_f1"] == pytest.approx(37 / 38)
    assert [problem[0] for problem in zone["problems"]] == ["lead", "missing target", "extra target"]
    assert main(["plan", "score", str(tmp_path), "--problems"]) == 0
    out = capsys.readouterr().out
    assert "牵头单位不同" in out and "区审计局" in out and "漏读指标「新建5G基站800个」" in out and "多读指标" in out


def test_a_set_below_the_goals_says_so(tmp_path, capsys):
    gold = json.loads(SHENFU_2026_GOLD.read_text(encoding="utf-8"))
    for task in gold["tasks"][:5]:
        task["lead"] = ["区审计局"]
    _zone_plan(tmp_path, gold)
    result = _scored(capsys, tmp_path)
    assert result["pooled"]["lead_exact"] == pytest.approx(14 / 19) and result["goals_met"] is False
    assert main(["plan", "score", str(tmp_path)]) == 0
    assert "未达到" in capsys.readouterr().out


def test_pdf_plans_are_scored_beside_their_hand_readings(tmp_path, capsys):
    slug = PDF_SLUGS[0]
    shutil.copy(PDFS / f"{slug}.pdf", tmp_path / f"{slug}.pdf")
    text, gold = _text_and_gold(slug)
    (tmp_path / f"{slug}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scored = _scored(capsys, tmp_path)["documents"][slug]
    assert scored["tasks"] == len(gold["tasks"]) and scored["task_recall"] >= 0.95


def test_a_plan_the_reader_refuses_scores_as_read_empty_and_says_why(tmp_path, capsys):
    _zone_plan(tmp_path)
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    (tmp_path / "blank.gold.json").write_text(json.dumps({"tasks": [{"title": "推进产业集聚", "lead": ["区发展改革局"],
                                                                     "support": []}], "targets": []}), "utf-8")
    result = _scored(capsys, tmp_path)
    assert result["documents"]["blank"]["task_recall"] == 0 and "blank" in result["refused"]
    assert result["totals"]["tasks"] == 20 and result["pooled"]["task_recall"] == pytest.approx(19 / 20)
    assert main(["plan", "score", str(tmp_path)]) == 0
    assert "未能读取 blank" in capsys.readouterr().out


def _one_line_error(capsys, folder, arguments=None) -> str:
    assert main(["plan", "score", *(arguments if arguments is not None else [str(folder)])]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert err and "\n" not in err and captured.out == ""
    return err


def test_every_bad_hand_reading_is_reported_in_one_line_and_nothing_is_scored(tmp_path, capsys):
    _zone_plan(tmp_path)
    (tmp_path / "broken.txt").write_text("x", encoding="utf-8")
    (tmp_path / "broken.gold.json").write_text('{"tasks": [', encoding="utf-8")
    (tmp_path / "orphan.gold.json").write_text('{"tasks": [], "targets": []}', encoding="utf-8")
    (tmp_path / "odd.txt").write_text("x", encoding="utf-8")
    (tmp_path / "odd.gold.json").write_text(
        '{"tasks": [{"title": "甲", "lead": "区发展改革局", "support": []}],'
        ' "targets": [{"text": "乙", "value": NaN, "unit": "个", "comparator": "about", "value_max": null}]}',
        encoding="utf-8")
    err = _one_line_error(capsys, tmp_path)
    assert err.startswith("actiondesk plan score: 5 处问题，未评分")
    for part in ("broken.gold.json：不是有效的 JSON", "orphan：找不到方案文件", "odd.gold.json tasks[0].lead",
                 "odd.gold.json targets[0].comparator", "odd.gold.json targets[0].value：nan 不是有限的数"):
        assert part in err, part


def test_a_missing_or_empty_folder_exits_2_with_one_line(tmp_path, capsys):
    assert "找不到文件夹" in _one_line_error(capsys, tmp_path / "nowhere")
    (tmp_path / "plan.txt").write_text("一、任务", encoding="utf-8")
    assert "没有手工读法文件" in _one_line_error(capsys, tmp_path)


@pytest.mark.django_db
def test_plans_uploaded_and_confirmed_here_are_scored_against_what_staff_confirmed(capsys, admin, zone):
    from actiondesk.plans.services import plan_draft_confirm, plan_draft_create

    draft = plan_draft_create(zone=zone, data=SHENFU_2026_TEXT.read_bytes(), file_name="shenfu.txt", acting_user=admin)
    assert main(["plan", "score", "--confirmed"]) == 0
    assert "还没有上传并确认过的方案可评" in capsys.readouterr().out  # a draft not yet confirmed is not scored
    confirmed = json.loads(json.dumps(draft.reading))
    for task in confirmed["tasks"][:2]:
        task["lead"] = ["区审计局"]
    confirmed["targets"] = confirmed["targets"][1:]
    plan_draft_confirm(draft=draft, reading=confirmed, acting_user=admin)
    scored = _scored(capsys, None, "--confirmed")
    assert list(scored["documents"]) == [f"{draft.pk} shenfu.txt"]
    counts = scored["documents"][f"{draft.pk} shenfu.txt"]
    assert (counts["tasks"], counts["lead"], counts["support"]) == (19, 17, 19)
    assert (counts["targets"], counts["found"], counts["correct"]) == (37, 38, 37)
    assert main(["plan", "score", "--confirmed"]) == 0
    out = capsys.readouterr().out
    assert "shenfu.txt" in out and "未补录" in out
    assert main(["plan", "score", "--confirmed", "--problems"]) == 0
    assert "确认 ['区审计局']" in capsys.readouterr().out
    assert _scored(capsys, None, "--confirmed", "--zone", "另一个示范区")["documents"] == {}


@pytest.mark.parametrize("arguments", [[], ["FOLDER", "--confirmed"], ["FOLDER", "--zone", "沈抚"]])
def test_a_folder_or_confirmed_plans_is_asked_for_not_both(tmp_path, capsys, arguments):
    _zone_plan(tmp_path)
    _one_line_error(capsys, None, [str(tmp_path) if a == "FOLDER" else a for a in arguments])


def test_a_hand_reading_names_a_unit_with_figures_and_quotes_typed_in_another_form_as_the_reader_does():
    reading = {"tasks": [{"title": "发挥热线作用", "lead": ["市“12345”市民热线服务中心"], "support": []}], "targets": []}
    gold = {"tasks": [{"title": "发挥热线作用", "lead": ['市"１２３４５"市民热线服务中心'], "support": []}], "targets": []}
    assert score_document(reading, gold)["lead"] == 1
    gold["tasks"][0]["lead"] = ["市“12346”市民热线服务中心"]
    assert score_document(reading, gold)["lead"] == 0
