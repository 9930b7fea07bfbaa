from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand

from actiondesk.core.commands import BadInput
from actiondesk.core.models import ApiToken
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.services import token_revoke


class Command(BaseCommand):
    help = "撤销 API 令牌（ID 见 actiondesk token list）。"

    def add_arguments(self, parser):
        parser.add_argument("id", help="令牌 ID")

    def handle(self, *args, id, **options):
        token = ApiToken.objects.select_related("user").filter(pk=int(id)).first() if id.isdigit() else None
        if token is None:
            raise BadInput(f"令牌不存在：{id}")
        try:
            token_revoke(token=token, acting_user=SYSTEM)  # the operator at the console
        except ValidationError as exc:
            raise BadInput("；".join(exc.messages)) from exc
        self.stdout.write(f"已撤销令牌 {token.pk}（{token.user.username} · {token.prefix}…）")
