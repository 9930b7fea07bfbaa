from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db.models import Q

from actiondesk.core.admin_scope import ZoneScopedAdmin, operator_zone_ids
from actiondesk.core.models import ApiToken, AuditEntry
from actiondesk.core.services import token_revoke


class ReadOnlyAdmin(admin.ModelAdmin):
    """Rows operators may read but never add, change or delete here (the audit trail, hashed tokens)."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ZoneScopedAdmin, ReadOnlyAdmin):
    """Read-only: the audit trail is append-only, also for operators."""

    list_display = ("at", "actor_name", "action", "content_type", "object_repr")
    list_filter = ("action", "content_type")
    search_fields = ("object_repr", "actor_name", "note")
    readonly_fields = [f.name for f in AuditEntry._meta.fields]
    actions = None



def _user_zone_q(zone_ids, prefix=""):
    return Q(**{f"{prefix}membership__zone_id__in": zone_ids})


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyAdmin):
    """Tokens are listed by prefix only (the token itself is never stored); operators can revoke them."""

    list_display = ("user", "name", "prefix", "created_at", "expires_at", "last_used_at", "revoked_at")
    readonly_fields = [f.name for f in ApiToken._meta.fields if f.name != "key_hash"]
    exclude = ("key_hash",)
    actions = ["revoke"]

    def get_queryset(self, request):
        qs = super().get_queryset(request).select_related("user")
        zone_ids = operator_zone_ids(request.user)
        return qs if zone_ids is None else qs.filter(_user_zone_q(zone_ids, "user__"))


    @admin.action(description="撤销所选令牌")
    def revoke(self, request, queryset):
        for token in queryset.filter(revoked_at__isnull=True):
            try:
                token_revoke(token=token, acting_user=request.user)
            except ValidationError as exc:
                self.message_user(request, "；".join(exc.messages), messages.ERROR)


User = get_user_model()
admin.site.unregister(User)
admin.site.unregister(Group)  # permissions come from memberships, not groups


@admin.register(User)
class ScopedUserAdmin(UserAdmin):
    """Accounts of the operator's zone only (an operator without a zone sees every account)."""

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        zone_ids = operator_zone_ids(request.user)
        return qs if zone_ids is None else qs.filter(_user_zone_q(zone_ids))
