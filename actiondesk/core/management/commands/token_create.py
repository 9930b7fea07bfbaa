import json

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_create


class Command(BaseCommand):
    help = "为用户创建 API 令牌（Authorization: Bearer <令牌>）；令牌只显示这一次，平台只保存其摘要。"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli", help="用途")
        parser.add_argument("--days", type=int, default=None, help="有效期天数（默认 ACTIONDESK_TOKEN_DAYS，90）")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, username, name, days=None, json=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise BadInput(f"用户不存在：{username}")
        try:
            token, plaintext = token_create(user=user, name=name, days=days, acting_user=SYSTEM)  # the operator at the console
        except ValidationError as exc:
            raise BadInput("；".join(exc.messages)) from exc
        if json:
            self.stdout.write(_dumps({"id": token.pk, "username": username, "name": token.name, "token": plaintext,
                                      "expires_at": token.expires_at.isoformat()}))
        else:
            self.stdout.write(plaintext)


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
