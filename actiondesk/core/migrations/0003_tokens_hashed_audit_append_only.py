"""API tokens keep only a SHA-256 of the token, gain a name, an expiry and revocation; audit rows are
protected from a zone's deletion and get the lockout action."""
import hashlib
from datetime import timedelta

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone


def hash_existing_tokens(apps, schema_editor):
    ApiToken = apps.get_model("core", "ApiToken")
    # Existing tokens keep working until the default lifetime from now; their plaintext is gone after this.
    expires = timezone.now() + timedelta(days=getattr(settings, "ACTIONDESK_TOKEN_DAYS", 90))
    for token in ApiToken.objects.all():
        token.key_hash = hashlib.sha256(token.key.encode("utf-8")).hexdigest()
        token.prefix = token.key[:8]
        token.expires_at = expires
        token.save(update_fields=["key_hash", "prefix", "expires_at"])


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0002_schedulerun_job"),
        ("org", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField("apitoken", "key_hash", models.CharField(max_length=64, null=True, verbose_name="令牌摘要")),
        migrations.AddField("apitoken", "prefix", models.CharField(blank=True, max_length=12, verbose_name="令牌前缀")),
        migrations.AddField("apitoken", "expires_at", models.DateTimeField(blank=True, null=True, verbose_name="到期时间")),
        migrations.AddField("apitoken", "revoked_at", models.DateTimeField(blank=True, null=True, verbose_name="撤销时间")),
        migrations.RunPython(hash_existing_tokens, migrations.RunPython.noop),
        migrations.RemoveField("apitoken", "key"),
        migrations.AlterField("apitoken", "key_hash", models.CharField(max_length=64, unique=True, verbose_name="令牌摘要")),
        migrations.AlterField("apitoken", "created_at", models.DateTimeField(auto_now_add=True, verbose_name="创建时间")),
        migrations.AlterField("apitoken", "last_used_at", models.DateTimeField(blank=True, null=True, verbose_name="最近使用")),
        migrations.AlterField("apitoken", "user", models.ForeignKey(
            on_delete=django.db.models.deletion.CASCADE, related_name="api_tokens", to=settings.AUTH_USER_MODEL,
            verbose_name="用户")),
        migrations.AlterModelOptions("apitoken", {"ordering": ["-created_at", "-id"], "verbose_name": "API 令牌",
                                                  "verbose_name_plural": "API 令牌"}),
        migrations.AlterField("auditentry", "zone", models.ForeignKey(
            blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, to="org.zone", verbose_name="示范区")),
        migrations.AlterField("auditentry", "action", models.CharField(choices=[
            ("create", "新增"), ("update", "修改"), ("delete", "删除"), ("import", "导入"), ("workflow", "流程"),
            ("lockout", "登录锁定")], max_length=20, verbose_name="操作")),
    ]
