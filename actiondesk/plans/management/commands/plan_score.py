import json
from pathlib import Path

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput, progress_bar
from actiondesk.plans.reader import PlanReadError, read_plan_file
from actiondesk.plans.scoring import GOALS, gold_problems, report, score_document, summarise
from actiondesk.plans.selectors import confirmed_drafts

# The document beside each hand reading, in this order of preference.
DOCUMENT_SUFFIXES = (".txt", ".md", ".docx", ".doc", ".wps", ".odt", ".rtf", ".pdf", ".ofd", ".xlsx", ".xls", ".html", ".htm", ".mht", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                     ".mhtml")
GOAL_NAMES = {"task_recall": "任务识别率", "lead_exact": "牵头单位全对率", "target_f1": "指标 F1"}
_SHOWN_PROBLEMS = 5


def plans_in(folder: Path) -> list[tuple[str, Path, dict]]:
    """Each hand reading in ``folder`` with its document and its parsed content; every problem of every file is
    found before any is reported, and none is scored unless all can be (one line, exit 2)."""
    if not folder.is_dir():
        raise BadInput(f"找不到文件夹：{folder}")
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        raise BadInput(f"{folder} 里没有手工读法文件（名称.gold.json，与方案文件同名）")
    plans, problems = [], []
    for gold_path in golds:
        name = gold_path.name.removesuffix(".gold.json")
        document = next((folder / f"{name}{suffix}" for suffix in DOCUMENT_SUFFIXES
                         if (folder / f"{name}{suffix}").is_file()), None)
        if document is None:
            problems.append(f"{name}：找不到方案文件（{' / '.join(name + s for s in DOCUMENT_SUFFIXES)}）")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            where = f"第 {exc.lineno} 行" if isinstance(exc, json.JSONDecodeError) else "不是 UTF-8 文本"
            problems.append(f"{gold_path.name}：不是有效的 JSON（{where}）")
            continue
        problems += [f"{gold_path.name} {problem}" for problem in gold_problems(gold)]
        plans.append((name, document, gold))
    if problems:
        shown = "；".join(problems[:_SHOWN_PROBLEMS])
        more = f"；另有 {len(problems) - _SHOWN_PROBLEMS} 处" if len(problems) > _SHOWN_PROBLEMS else ""
        raise BadInput(f"{len(problems)} 处问题，未评分：{shown}{more}")
    return plans


def score_folder(folder: Path, *, quiet: bool = False) -> dict:
    """Read every plan of the folder and score it against its hand reading; a plan the reader refuses scores as
    read empty, and the reason is kept."""
    plans = plans_in(folder)
    documents, refused = {}, {}
    with progress_bar("评分", disable=quiet) as update:
        for done, (name, document, gold) in enumerate(plans):
            update(f"评分 {name}", done, len(plans))
            try:
                reading = read_plan_file(document)
            except PlanReadError as exc:
                reading, refused[name] = {"tasks": [], "targets": []}, str(exc)
            documents[name] = score_document(reading, gold)
        update("评分", len(plans), len(plans))
    return {**summarise(documents), "refused": refused}


def score_confirmed(zone: str | None = None) -> dict:
    """Score the reader on every plan uploaded and confirmed here: its own reading against the reading staff
    confirmed, with what they added as what the reader missed (what they did not add is not counted)."""
    return {**summarise({f"{draft.pk} {draft.source_name}": score_document(draft.read_as, draft.reading)
                         for draft in confirmed_drafts(zone)}), "refused": {}}


class Command(BaseCommand):
    help = ("用手工读法评测方案识别：文件夹里每个“名称.gold.json”与同名方案文件（.txt/.md/.docx/.doc/.odt/.rtf/.pdf/.ofd/.xlsx/.xls/.html）配对，"
            "逐份给出任务识别率、牵头/配合单位全对率与指标查准/查全/F1，再给均值与合并值；"
            "--confirmed 改为评测本系统里上传并经人工确认的方案（识别结果对确认结果）。")

    def add_arguments(self, parser):
        parser.add_argument("folder", nargs="?")
        parser.add_argument("--confirmed", action="store_true",
                            help="评测上传并确认过的方案：识别结果与人工确认的结果相比（漏读而未补录的不计）")
        parser.add_argument("--zone", default=None, help="与 --confirmed 同用：只评该示范区的方案")
        parser.add_argument("--json", action="store_true", help="以 JSON 输出（含每份的问题清单）")
        parser.add_argument("--problems", action="store_true", help="逐份列出漏读、读错的任务、单位与指标")

    def handle(self, *args, folder=None, confirmed=False, zone=None, json: bool = False, problems: bool = False,
               **options):
        if bool(folder) == bool(confirmed):
            raise BadInput("请给出一个文件夹，或用 --confirmed 评测已确认的上传方案（二者选一）")
        if zone and not confirmed:
            raise BadInput("--zone 只与 --confirmed 同用")
        result = score_confirmed(zone) if confirmed else score_folder(Path(folder), quiet=json)
        if json:
            self.stdout.write(_dumps(result))
            return
        if not result["documents"]:
            self.stdout.write("还没有上传并确认过的方案可评。")
            return
        self.stdout.write(report(result, "评分", language="zh"))
        goals = " · ".join(f"{GOAL_NAMES[key]} ≥ {goal:.2f}" for key, goal in GOALS.items())
        self.stdout.write(f"目标（均值与合并值）：{goals} —— {'达到' if result['goals_met'] else '未达到'}")
        if confirmed:
            self.stdout.write("注：识别漏掉而确认时未补录的任务与指标不在其中。")
        for name, reason in result["refused"].items():
            self.stdout.write(f"未能读取 {name}：{reason}（按读出为空计分）")
        if problems:
            for name, scored in result["documents"].items():
                for problem in scored["problems"]:
                    self.stdout.write(f"{name} {_problem(problem, '确认' if confirmed else '手工')}")


_PROBLEM_NAMES = {"missing task": "漏读任务", "lead": "牵头单位不同", "support": "配合单位不同",
                  "missing target": "漏读指标", "target attributes": "指标比较方式不同", "extra target": "多读指标"}


def _problem(problem: tuple, gold: str) -> str:
    kind, text, *found_gold = problem
    detail = f"：读出 {found_gold[0]}，{gold} {found_gold[1]}" if found_gold else ""
    return f"{_PROBLEM_NAMES[kind]}「{text}」{detail}"


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
