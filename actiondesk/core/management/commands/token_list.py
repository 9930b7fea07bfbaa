import json

from django.core.management.base import BaseCommand
from django.utils import timezone

from actiondesk.core.commands import BadInput
from actiondesk.core.models import ApiToken


def _state(token, now) -> str:
    if token.revoked_at:
        return "revoked"
    return "active" if token.is_active_at(now) else "expired"


class Command(BaseCommand):
    help = "列出 API 令牌（只显示前缀，令牌本身不保存）；给出用户名则只列该用户的。"

    def add_arguments(self, parser):
        parser.add_argument("username", nargs="?")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, username=None, json=False, **options):
        tokens = ApiToken.objects.select_related("user").order_by("user__username", "-created_at")
        if username:
            if not tokens.model.user.field.related_model.objects.filter(username=username).exists():
                raise BadInput(f"用户不存在：{username}")
            tokens = tokens.filter(user__username=username)
        now = timezone.now()
        rows = [{"id": t.pk, "username": t.user.username, "name": t.name, "prefix": t.prefix,
                 "created_at": t.created_at.isoformat(), "expires_at": t.expires_at and t.expires_at.isoformat(),
                 "last_used_at": t.last_used_at and t.last_used_at.isoformat(), "state": _state(t, now)}
                for t in tokens]
        if json:
            self.stdout.write(_dumps(rows))
            return
        for r in rows:
            self.stdout.write(f"{r['id']:>5}  {r['username']:<16} {r['prefix']}…  {r['state']:<8} "
                              f"{(r['expires_at'] or '—')[:16]}  {r['name']}")


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
