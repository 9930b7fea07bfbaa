"""Writes owned by core: API tokens (created, revoked) with their audit rows."""
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from actiondesk.core.audit import audit_record
from actiondesk.core.models import ApiToken, AuditAction, token_digest
from actiondesk.core.scoping import ensure_role, is_system
from actiondesk.org.choices import Role
from actiondesk.org.models import Membership

MAX_TOKEN_DAYS = 3650


def _zone_of_user(user):
    membership = Membership.objects.filter(user_id=user.pk).select_related("zone").first()
    return membership.zone if membership else None


def _may_manage_tokens(acting_user, owner) -> None:
    """A user manages their own tokens; a zone admin those of the zone's users; SYSTEM (the CLI) any."""
    if is_system(acting_user) or (acting_user is not None and getattr(acting_user, "pk", None) == owner.pk):
        return
    zone = _zone_of_user(owner)
    ensure_role(acting_user, zone.pk if zone else None, Role.ADMIN, message="只能管理自己的接口令牌")


@transaction.atomic
def token_create(*, user, name: str = "", days: int | None = None, acting_user) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the row and the token itself, which is never stored or shown again."""
    _may_manage_tokens(acting_user, user)
    days = settings.ACTIONDESK_TOKEN_DAYS if days is None else days
    name = (name or "").strip()
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= MAX_TOKEN_DAYS:
        raise ValidationError(f"有效期应为 1–{MAX_TOKEN_DAYS} 天的整数")
    if len(name) > 100:
        raise ValidationError("用途不能超过 100 个字符")
    if not user.is_active:
        raise ValidationError("账号已停用，不能创建令牌")
    plaintext = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, key_hash=token_digest(plaintext), prefix=plaintext[:8],
                                    expires_at=timezone.now() + timedelta(days=days))
    audit_record(actor=acting_user, action=AuditAction.CREATE, instance=token, zone=_zone_of_user(user),
                 after={"user": user.username, "name": name, "prefix": token.prefix,
                        "expires_at": token.expires_at})
    return token, plaintext


@transaction.atomic
def token_revoke(*, token: ApiToken, acting_user) -> ApiToken:
    _may_manage_tokens(acting_user, token.user)
    if token.revoked_at is not None:
        raise ValidationError("令牌已撤销")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    audit_record(actor=acting_user, action=AuditAction.UPDATE, instance=token, zone=_zone_of_user(token.user),
                 before={"revoked_at": None}, after={"revoked_at": token.revoked_at}, note="撤销接口令牌")
    return token
