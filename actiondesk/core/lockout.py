"""Login throttling with django-axes: the client address, the lockout page and the audit of every lockout.

Settings: ACTIONDESK_LOGIN_FAILURES (AXES_FAILURE_LIMIT) failures lock an account, and
ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS failures (over any accounts) lock an address, for
ACTIONDESK_LOGIN_COOLOFF_MINUTES; a zone admin unlocks their users (org.services.user_unlock).
"""
from datetime import timedelta

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Sum
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_noop

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction, AuditEntry
from actiondesk.org.models import Membership

LOCKED_MESSAGE = gettext_noop("登录失败次数过多，账号或地址已被暂时锁定。请 %(minutes)d 分钟后再试，或请本区管理员解锁。")


def lockout_parameters(request_or_attempt, credentials=None):
    """Sign-in forms lock per account and per address; bearer tokens (no account name) per address only."""
    if credentials and credentials.get("api_token"):
        return ["ip_address"]
    return ["username", "ip_address"]


class AccountAndAddressHandler(AxesDatabaseHandler):
    """axes counts failures per account and per address against one limit; an address, which a whole office can
    share behind NAT, gets its own higher limit by scaling its count onto the account limit."""

    def get_failures(self, request, credentials=None) -> int:
        limit = settings.AXES_FAILURE_LIMIT
        worst = 0
        parameters = lockout_parameters(request, credentials)
        for parameter, attempts in zip(parameters, self.get_user_attempts(request, credentials), strict=True):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if parameter == "ip_address":
                failures = failures * limit // max(settings.ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS, 1)
            worst = max(worst, failures)
        return worst


def client_ip(request) -> str | None:
    if settings.SECURE_PROXY_SSL_HEADER:  # BEHIND_PROXY=true: trust only the address our proxy appended
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR")


def cooloff_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def locked_message() -> str:
    from django.utils.translation import gettext

    return gettext(LOCKED_MESSAGE) % {"minutes": cooloff_minutes()}


def lockout_response(request, original_response=None, credentials=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": locked_message()}, status=429, json_dumps_params={"ensure_ascii": False})
    return render(request, "core/locked_out.html", {"message": locked_message()}, status=429)


def locked_usernames(usernames) -> set[str]:
    """The given usernames whose failures within the cool-off reach the limit."""
    from axes.models import AccessAttempt

    since = timezone.now() - settings.AXES_COOLOFF_TIME
    rows = (AccessAttempt.objects.filter(username__in=list(usernames), attempt_time__gte=since)
            .values("username").annotate(failures=Sum("failures_since_start")))
    return {row["username"] for row in rows if row["failures"] >= settings.AXES_FAILURE_LIMIT}


def forget_failures_on_sign_in(sender, request=None, user=None, **kwargs):
    """user_logged_in receiver: a successful sign-in clears the failures of this account from this address only."""
    from axes.models import AccessAttempt

    if request is not None and user is not None:
        AccessAttempt.objects.filter(username=user.get_username(), ip_address=client_ip(request)).delete()


def audit_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    """An AuditEntry for each lockout (not for every refused attempt while it lasts)."""
    recent = timezone.now() - settings.AXES_COOLOFF_TIME + timedelta(seconds=1)
    if AuditEntry.objects.filter(action=AuditAction.LOCKOUT, after__username=username, after__ip_address=ip_address,
                                 at__gte=recent).exists():
        return
    user = get_user_model().objects.filter(username=username).first() if username else None
    membership = Membership.objects.filter(user=user).select_related("zone").first() if user else None
    audit_record(
        actor=None, action=AuditAction.LOCKOUT, instance=user, zone=membership.zone if membership else None,
        after={"username": username, "ip_address": ip_address, "account_limit": settings.AXES_FAILURE_LIMIT,
               "address_limit": settings.ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS, "cooloff_minutes": cooloff_minutes()},
        note=(f"登录失败达到上限（同一账号 {settings.AXES_FAILURE_LIMIT} 次或同一地址 "
              f"{settings.ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS} 次），锁定 {cooloff_minutes()} 分钟"),
    )
