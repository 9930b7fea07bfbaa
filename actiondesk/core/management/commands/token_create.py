import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.models import ApiToken


class Command(BaseCommand):
    help = "为用户创建 API 令牌（Authorization: Bearer <令牌>）。"

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, username, name, json=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise BadInput(f"用户不存在：{username}")
        token = ApiToken.objects.create(user=user, name=name)
        self.stdout.write(_dumps({"username": username, "token": token.key}) if json else token.key)


def _dumps(data):
    return json.dumps(data, ensure_ascii=False)
