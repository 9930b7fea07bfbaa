"""ActionDesk settings. Everything comes from the environment (see actiondesk/env.py)."""
import json
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from actiondesk.env import env, env_bool, env_int, env_list

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(env("ACTIONDESK_VAR_DIR", str(PROJECT_DIR / "var")))

DEBUG = env_bool("DEBUG", False)

def _local_secret_key() -> str:
    # Without SECRET_KEY a random key is made once and kept in var/, so sessions survive restarts.
    import secrets

    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
    return key_file.read_text(encoding="utf-8").strip()


SECRET_KEY = env("SECRET_KEY") or _local_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "http://127.0.0.1:8000,http://localhost:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "actiondesk.core",
    "actiondesk.org",
    "actiondesk.plans",
    "actiondesk.supervision",
    "actiondesk.enterprises",
    "actiondesk.projects",
    "actiondesk.chains",
    "actiondesk.parks",
    "actiondesk.finance",
    "actiondesk.investment",
    "actiondesk.transformation",
    "actiondesk.innovation",
    "actiondesk.orders",
    "actiondesk.demands",
    "actiondesk.chainwork",
    "actiondesk",  # the site level: demo orchestration and its command, above every app
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "actiondesk.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "actiondesk.core.sessions.SessionLifetimeMiddleware",
    "actiondesk.core.middleware.MembershipRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "actiondesk.core.sessions.NoStoreForSignedInMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during authentication into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "actiondesk.urls"
WSGI_APPLICATION = "actiondesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "actiondesk.core.context_processors.platform",
            ],
        },
    }
]

_default_sqlite = VAR_DIR / "actiondesk.sqlite3"
DATABASE_URL = env("DATABASE_URL") or f"sqlite:///{_default_sqlite}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("CONN_MAX_AGE", 0))}
# The same backends, reading decimals so that a bad stored value cannot fail a page (core/dbbackends).
_SAFE_BACKENDS = {"django.db.backends.sqlite3": "actiondesk.core.dbbackends.sqlite3",
                  "django.db.backends.postgresql": "actiondesk.core.dbbackends.postgresql"}
DATABASES["default"]["ENGINE"] = _SAFE_BACKENDS.get(DATABASES["default"]["ENGINE"], DATABASES["default"]["ENGINE"])
if DATABASES["default"]["ENGINE"] == "actiondesk.core.dbbackends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers work while an import writes; IMMEDIATE avoids lock upgrades mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
# Lets parallel test runs on one PostgreSQL server use distinct test databases.
if env("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": env("TEST_DATABASE_NAME")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": env_int("ACTIONDESK_PASSWORD_MIN_LENGTH", 10)}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes sees every sign-in first, so failed attempts are counted before a password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", _("简体中文")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(PROJECT_DIR / "staticfiles")))
# actiondesk/static is found as the site app's static folder.
# Attachments: the local disk (MEDIA_ROOT) by default; several app servers share an S3-compatible store
# instead (MEDIA_STORAGE_BACKEND=storages.backends.s3.S3Storage, options as JSON), see docs/DEPLOYMENT.md.
STORAGES = {
    "default": {"BACKEND": env("MEDIA_STORAGE_BACKEND", "django.core.files.storage.FileSystemStorage"),
                "OPTIONS": json.loads(env("MEDIA_STORAGE_OPTIONS", "") or "{}")},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", False)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(VAR_DIR / "media")))
MEDIA_URL = "/media/"

# Uploads: plan documents and spreadsheets are read in memory up to this size.
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
ACTIONDESK_MAX_UPLOAD_BYTES = env_int("ACTIONDESK_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
# Zip-bomb limits for .xlsx/.docx, checked on the archive's directory before any part is read. A real
# 100,000-row enterprise workbook is 12.8 MB holding 81 MB of sheet XML at 6.4:1; a bomb is ~1000:1.
ACTIONDESK_MAX_UNZIPPED_BYTES = env_int("ACTIONDESK_MAX_UNZIPPED_BYTES", 256 * 1024 * 1024)
ACTIONDESK_MAX_ZIP_RATIO = env_int("ACTIONDESK_MAX_ZIP_RATIO", 100)
ACTIONDESK_MAX_ZIP_MEMBERS = env_int("ACTIONDESK_MAX_ZIP_MEMBERS", 2000)
ACTIONDESK_DEFAULT_ZONE = env("ACTIONDESK_DEFAULT_ZONE", "沈抚改革创新示范区")
# Stored metric values of a period still open for reporting are recomputed when older than this.
ACTIONDESK_METRIC_STALE_MINUTES = env_int("ACTIONDESK_METRIC_STALE_MINUTES", 15)
# Dates outside this window are refused as typing errors (ISO dates, inclusive).
ACTIONDESK_DATE_MIN = env("ACTIONDESK_DATE_MIN", "1949-01-01")
ACTIONDESK_DATE_MAX = env("ACTIONDESK_DATE_MAX", "2100-12-31")

# Long jobs (imports, metric refresh, reminders) run on the task queue, kept in the same database by default:
# `actiondesk worker` runs them. TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend runs them inline.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"), "QUEUES": []}}
# A running job whose worker sent no heartbeat for this long is failed as interrupted (and can be retried).
ACTIONDESK_JOB_STALE_SECONDS = env_int("ACTIONDESK_JOB_STALE_SECONDS", 300)
ACTIONDESK_JOB_HEARTBEAT_SECONDS = env_int("ACTIONDESK_JOB_HEARTBEAT_SECONDS", 10)
ACTIONDESK_JOB_KEEP_DAYS = env_int("ACTIONDESK_JOB_KEEP_DAYS", 90)
# `actiondesk scheduler` enqueues these jobs (local time): every day at HH:MM, every hour at :MM, or monthly.
ACTIONDESK_SCHEDULES = [
    {"name": "reminders", "job": "supervision.remind", "every": "day", "at": "08:00"},
    {"name": "metric-refresh", "job": "supervision.metrics_refresh", "every": "hour", "at": ":05"},
    {"name": "period-opening", "job": "supervision.periods_open", "every": "month", "day": 1, "at": "00:10"},
]

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "actiondesk@localhost")
# Notifications (the bell) are copied by e-mail to recipients with an address when this is on.
ACTIONDESK_NOTIFY_EMAIL = env_bool("ACTIONDESK_NOTIFY_EMAIL", False)
# The address users open the platform at, for links in e-mails ("https://duban.example.gov.cn"; empty: no link).
ACTIONDESK_BASE_URL = env("ACTIONDESK_BASE_URL", "")

# Login throttling (django-axes): an account is locked after ACTIONDESK_LOGIN_FAILURES failures within the
# cool-off, an address (over any accounts; offices may share one behind NAT) after
# ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS; a zone admin unlocks their zone's users on the users page.
AXES_FAILURE_LIMIT = env_int("ACTIONDESK_LOGIN_FAILURES", 5)
ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS = env_int("ACTIONDESK_LOGIN_FAILURES_PER_ADDRESS", 20)
AXES_HANDLER = "actiondesk.core.lockout.AccountAndAddressHandler"
AXES_COOLOFF_TIME = timedelta(minutes=env_int("ACTIONDESK_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = "actiondesk.core.lockout.lockout_parameters"
# Not axes' own reset: it clears every failure from the address, so signing in to one's own account between
# guesses would reset the count on someone else's. core.lockout clears only the (account, address) pair.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "actiondesk.core.lockout.lockout_response"
AXES_VERBOSE = False
# Operators reset addresses with `manage.py axes_reset_ip`; zone admins unlock users on the users page.
AXES_ENABLE_ADMIN = False
# Behind a reverse proxy (BEHIND_PROXY=true) the address is the one the proxy appended to X-Forwarded-For.
AXES_CLIENT_IP_CALLABLE = "actiondesk.core.lockout.client_ip"

# API tokens expire after this many days unless created with another lifetime.
ACTIONDESK_TOKEN_DAYS = env_int("ACTIONDESK_TOKEN_DAYS", 90)

# Sessions: signed out after this long without a request, and in any case this long after signing in.
ACTIONDESK_SESSION_IDLE_MINUTES = env_int("ACTIONDESK_SESSION_IDLE_MINUTES", 120)
ACTIONDESK_SESSION_MAX_HOURS = env_int("ACTIONDESK_SESSION_MAX_HOURS", 12)
SESSION_COOKIE_AGE = ACTIONDESK_SESSION_MAX_HOURS * 3600

# Content-Security-Policy (django-csp): scripts only from our own static files, never inline.
# style-src-attr allows style="" attributes only (no <style> elements): ECharts builds its tooltips
# and legends as HTML with style attributes, and a few templates size chart boxes with them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Security: on by default, relaxed only by explicit DEBUG or environment switches.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the cookie-less header set in base.html
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Production behind TLS sets HTTPS=true (see README, "check --deploy").
_https = env_bool("HTTPS", False)
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", _https)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if _https else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = _https
SECURE_HSTS_PRELOAD = _https
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
