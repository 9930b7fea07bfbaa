import json

from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.params import parse_id
from actiondesk.innovation import selectors
from actiondesk.innovation.choices import SceneKind
from actiondesk.innovation.models import SceneItem


class Command(BaseCommand):
    help = "为一项场景需求给出匹配的场景供给和科技成果（命中词与排序理由）。"

    def add_arguments(self, parser):
        parser.add_argument("need_id", help="场景需求的编号")
        parser.add_argument("--top", type=int, default=5, help="每类最多列出几项（1–50，默认 5）")
        parser.add_argument("--json", action="store_true", help="输出 JSON")

    def handle(self, *args, need_id, top=5, json=False, **options):
        pk = parse_id(need_id)
        if pk is None:
            raise BadInput(f"需求编号应为正整数：{need_id}")
        if not 1 <= top <= 50:
            raise BadInput(f"--top 应在 1–50 之间：{top}")
        # The command line is the operator: it reads any zone's scenes, as the demo loader and imports do.
        need = SceneItem.objects.select_related("zone").filter(pk=pk).first()
        if need is None:
            raise BadInput(f"没有编号为 {pk} 的场景需求")
        if need.kind != SceneKind.DEMAND:
            raise BadInput(f"编号 {pk} 是场景供给，不是需求")
        supplies = [{"id": s.scene.pk, "title": s.scene.title, "party": s.scene.party, "rank": s.suggestion.rank,
                     "score": s.suggestion.score, "terms": s.suggestion.term_list, "reasons": s.suggestion.reasons,
                     "decision": s.decision} for s in selectors.suggestions_for(need, k=top)]
        achievements = [{"id": a.pk, "code": a.code, "title": a.title, "institution": a.institution,
                         "rank": s.rank, "score": s.score, "terms": s.term_list, "reasons": s.reasons}
                        for a, s in selectors.achievements_for_scene(need, k=top)]
        if json:
            self.stdout.write(_dumps({"need": {"id": need.pk, "title": need.title, "zone": need.zone.name},
                                      "supplies": supplies, "achievements": achievements}))
            return
        self.stdout.write(f"需求 {need.pk}：{need.title}（{need.zone.name}）")
        for heading, rows in (("场景供给", supplies), ("科技成果", achievements)):
            self.stdout.write(f"{heading}：" + ("" if rows else "无"))
            for row in rows:
                self.stdout.write(f"  {row['rank']}. {row['title']}  得分 {row['score']:.2f}  命中 {'、'.join(row['terms'][:6])}")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
