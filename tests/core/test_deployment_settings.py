"""Settings a multi-server deployment relies on (docs/DEPLOYMENT.md) come from the environment."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _settings(**environ) -> dict:
    code = ("import json, django; django.setup(); from django.conf import settings; "
            "from django.core.files.storage import storages; "
            "print(json.dumps({'storages': settings.STORAGES['default'], "
            "'storage_class': type(storages['default']).__name__}))")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "actiondesk.settings", **environ}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_attachments_stay_on_the_local_disk_by_default():
    assert _settings()["storage_class"] == "FileSystemStorage"


def test_attachments_move_to_another_storage_backend_by_environment():
    found = _settings(MEDIA_STORAGE_BACKEND="django.core.files.storage.InMemoryStorage",
                      MEDIA_STORAGE_OPTIONS=json.dumps({"base_url": "https://files.example/"}))
    assert found["storage_class"] == "InMemoryStorage"
    assert found["storages"]["OPTIONS"] == {"base_url": "https://files.example/"}
