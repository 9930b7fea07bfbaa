"""Backup and restore: one .tar with manifest.json, the database and the uploaded files (media/).

SQLite is copied with the online backup API (consistent while the server runs); PostgreSQL is dumped with
``pg_dump -Fc`` from an exported snapshot, and the manifest's row counts and checksums come from that same
snapshot. The manifest records the ActionDesk version, the applied migrations, each table's row count and
checksum and each file's size and SHA-256; ``verify`` and ``restore`` check all of them.
"""
import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from django.conf import settings
from django.db import connection, connections, transaction

FORMAT = "actiondesk-backup"
FORMAT_VERSION = 1
SQLITE_FILE, PG_FILE, MANIFEST = "db.sqlite3", "db.dump", "manifest.json"
# Tables that say whether a database already holds a deployment's data.
DATA_TABLES = ("auth_user", "org_zone")


class BackupError(Exception):
    """A backup file or target database that cannot be used; the message is one line for the user."""


def _version() -> str:
    try:
        return version("actiondesk")
    except PackageNotFoundError:
        return "unknown"


def engine() -> str:
    return "postgresql" if connection.vendor == "postgresql" else connection.vendor


def _canon(value) -> str:
    if value is None:
        return "\\N"
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.UTC).isoformat()  # the same instant whatever the session time zone
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)


def _digest(rows) -> tuple[int, str]:
    digest, count = hashlib.sha256(), 0
    for row in rows:
        digest.update("\x1f".join(_canon(v) for v in row).encode("utf-8"))
        digest.update(b"\x1e")
        count += 1
    return count, digest.hexdigest()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_stats(path: Path) -> dict:
    """{table: {"rows", "sha256"}} of a SQLite file, rows in primary-key order."""
    stats = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for table in tables:
            keys = [r[1] for r in sorted(db.execute(f"PRAGMA table_info({_quote(table)})"), key=lambda r: r[5])
                    if r[5]] or ["rowid"]
            order = ", ".join(_quote(k) if k != "rowid" else k for k in keys)
            rows, checksum = _digest(db.execute(f"SELECT * FROM {_quote(table)} ORDER BY {order}"))
            stats[table] = {"rows": rows, "sha256": checksum}
    return stats


def postgres_stats(cursor) -> dict:
    """{table: {"rows", "sha256"}} of the public schema, rows in primary-key order, each row as PostgreSQL's
    own text form (so the figures do not depend on the client's type adapters); call inside a transaction."""
    cursor.execute("SET LOCAL TIME ZONE 'UTC'")
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    stats = {}
    for (table,) in cursor.fetchall():
        cursor.execute("""SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid
                          AND a.attnum = ANY(i.indkey) WHERE i.indrelid = %s::regclass AND i.indisprimary""",
                       [_quote(table)])
        keys = [r[0] for r in cursor.fetchall()]
        order = ", ".join(_quote(k) for k in keys) if keys else "1"
        cursor.execute(f"SELECT t::text FROM {_quote(table)} AS t ORDER BY {order}")
        rows, checksum = _digest(iter(cursor.fetchone, None))
        stats[table] = {"rows": rows, "sha256": checksum}
    return stats


def live_stats() -> dict:
    if engine() == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / SQLITE_FILE
            _sqlite_copy(copy)
            return sqlite_stats(copy)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        return postgres_stats(cursor)


def _migrations(stats_source) -> dict:
    applied = {}
    for app, name in stats_source:
        applied.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(applied.items())}


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _media_files() -> list[tuple[str, Path]]:
    root = Path(settings.MEDIA_ROOT)
    if not root.is_dir():
        return []
    return sorted((p.relative_to(root).as_posix(), p) for p in root.rglob("*") if p.is_file())


def _sqlite_copy(target: Path) -> None:
    connection.ensure_connection()
    with sqlite3.connect(target) as dest:
        connection.connection.backup(dest)  # the online backup API: a consistent copy while others write
    dest.close()


def _pg_env() -> tuple[list[str], dict]:
    s = connection.settings_dict
    args = ["-h", s.get("HOST") or "127.0.0.1", "-p", str(s.get("PORT") or 5432), "-U", s.get("USER") or "postgres"]
    env = {**os.environ}
    if s.get("PASSWORD"):
        env["PGPASSWORD"] = s["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    except FileNotFoundError:
        raise BackupError(f"找不到 {command[0]}：请安装 PostgreSQL 客户端工具")
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["?"])[-1]
        raise BackupError(f"{command[0]} 失败：{last}")


def _dump_database(directory: Path) -> tuple[str, dict, dict]:
    """Write the database into ``directory``; returns (file name, table stats, applied migrations)."""
    if engine() == "sqlite":
        path = directory / SQLITE_FILE
        _sqlite_copy(path)
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            migrations = _migrations(db.execute("SELECT app, name FROM django_migrations"))
        return SQLITE_FILE, sqlite_stats(path), migrations
    if engine() != "postgresql":
        raise BackupError(f"不支持的数据库：{connection.vendor}")
    args, env = _pg_env()
    with transaction.atomic(), connection.cursor() as cursor:
        # pg_dump reads the snapshot this transaction exported, so the dump and the manifest agree.
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        _run(["pg_dump", "-Fc", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
              "-f", str(directory / PG_FILE), *args, connection.settings_dict["NAME"]], env)
        stats = postgres_stats(cursor)
        cursor.execute("SELECT app, name FROM django_migrations")
        migrations = _migrations(cursor.fetchall())
    return PG_FILE, stats, migrations


def backup_create(out: Path) -> dict:
    """Write the backup to ``out`` (a .tar); returns the manifest."""
    out = Path(out)
    if out.is_dir():
        raise BackupError(f"--out 是一个目录，请给出文件名：{out}")
    if not out.parent.is_dir():
        raise BackupError(f"目录不存在：{out.parent}")
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        db_file, stats, migrations = _dump_database(Path(tmp))
        media = _media_files()
        manifest = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "actiondesk_version": _version(),
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(), "engine": engine(),
            "database_file": db_file, "database_sha256": _sha256_file(Path(tmp) / db_file),
            "migrations": migrations, "tables": stats,
            "media": {name: {"size": path.stat().st_size, "sha256": _sha256_file(path)} for name, path in media},
        }
        partial = Path(tmp) / "backup.tar"
        with tarfile.open(partial, "w") as tar:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(data), int(datetime.datetime.now().timestamp())
            tar.addfile(info, io.BytesIO(data))
            tar.add(Path(tmp) / db_file, arcname=db_file)
            for name, path in media:
                tar.add(path, arcname=f"media/{name}")
        os.replace(partial, out)  # never leave a half-written backup under the requested name
    return manifest


def _open(path: Path) -> tarfile.TarFile:
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"文件不存在：{path}")
    try:
        return tarfile.open(path, "r:*")
    except tarfile.TarError:
        raise BackupError(f"不是 ActionDesk 备份文件（无法按 tar 读取）：{path}")


def _manifest(tar: tarfile.TarFile) -> dict:
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except (KeyError, AttributeError, json.JSONDecodeError, UnicodeDecodeError):
        raise BackupError("备份中没有可读的 manifest.json")
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(f"不支持的备份格式：{manifest.get('format')} {manifest.get('format_version')}")
    return manifest


def _extract(tar: tarfile.TarFile, manifest: dict, directory: Path) -> Path:
    """Extract the database and media files into ``directory`` checking each file's SHA-256."""
    names = {m.name: m for m in tar.getmembers() if m.isfile()}
    db_file = manifest["database_file"]
    wanted = [db_file] + [f"media/{n}" for n in manifest["media"]]
    for name in wanted:
        if name not in names:
            raise BackupError(f"备份缺少文件：{name}")
    tar.extractall(directory, members=[names[n] for n in wanted], filter="data")
    if _sha256_file(directory / db_file) != manifest["database_sha256"]:
        raise BackupError(f"数据库文件校验和不一致：{db_file}")
    for name, meta in manifest["media"].items():
        if _sha256_file(directory / "media" / name) != meta["sha256"]:
            raise BackupError(f"附件校验和不一致：{name}")
    return directory / db_file


def compare_stats(expected: dict, actual: dict) -> list[str]:
    problems = [f"缺少表 {t}" for t in expected if t not in actual]
    for table, meta in expected.items():
        got = actual.get(table)
        if got is None:
            continue
        if got["rows"] != meta["rows"]:
            problems.append(f"表 {table} 行数 {got['rows']}，应为 {meta['rows']}")
        elif got["sha256"] != meta["sha256"]:
            problems.append(f"表 {table} 校验和不一致")
    return problems


def backup_verify(path: Path) -> dict:
    """Check the file: manifest, every file's checksum, and (SQLite) every table's rows and checksum."""
    with _open(path) as tar, tempfile.TemporaryDirectory() as tmp:
        manifest = _manifest(tar)
        db_path = _extract(tar, manifest, Path(tmp))
        if manifest["engine"] == "sqlite":
            problems = compare_stats(manifest["tables"], sqlite_stats(db_path))
            if problems:
                raise BackupError("备份数据与清单不一致：" + "；".join(problems[:5]))
        else:
            _run(["pg_restore", "--list", str(db_path)], dict(os.environ))
    return manifest


def database_has_data() -> bool:
    tables = set(connection.introspection.table_names())
    with connection.cursor() as cursor:
        for table in DATA_TABLES:
            if table in tables:
                cursor.execute(f"SELECT 1 FROM {_quote(table)} LIMIT 1")
                if cursor.fetchone():
                    return True
    return False


def backup_restore(path: Path, *, force: bool = False) -> dict:
    """Restore into this (empty, unless ``force``) database and MEDIA_ROOT, then re-check the manifest."""
    with _open(path) as tar, tempfile.TemporaryDirectory() as tmp:
        manifest = _manifest(tar)
        if manifest["engine"] != engine():
            raise BackupError(f"备份来自 {manifest['engine']}，当前数据库是 {engine()}")
        if database_has_data() and not force:
            raise BackupError("目标数据库已有数据（用户或示范区）；确认覆盖请加 --force")
        db_path = _extract(tar, manifest, Path(tmp))
        if engine() == "sqlite":
            connections.close_all()
            with sqlite3.connect(db_path) as source, sqlite3.connect(connection.settings_dict["NAME"]) as target:
                source.backup(target)
            source.close()
            target.close()
        else:
            connections.close_all()
            args, env = _pg_env()
            _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                  *args, "-d", connection.settings_dict["NAME"], str(db_path)], env)
        media_root = Path(settings.MEDIA_ROOT)
        for name in manifest["media"]:
            target_file = media_root / name
            target_file.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(tmp) / "media" / name, target_file)
    problems = compare_stats(manifest["tables"], live_stats())
    problems += [f"附件不一致：{n}" for n, meta in manifest["media"].items()
                 if _sha256_file(media_root / n) != meta["sha256"]]
    return {"manifest": manifest, "problems": problems}
