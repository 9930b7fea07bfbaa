"""Enterprise registry benchmarks.

1. Import 100,000 enterprises (one year of figures each) from .xlsx, against the floor measured in the
   same run: python-calamine read of the same file + raw ``executemany`` (SQLite) or ``COPY``
   (PostgreSQL) of the same rows, in one transaction, into scratch tables with the same DDL (indexes and foreign keys).
   The peer, timed once in the same run: django-import-export importing the same file (bench/import_export_peer.py).
2. Rank the 后备库 of one rung (专精特新中小企业) over 100,000 enterprises, as its page does, against a plain
   scan of the same columns (the same SQL, fetched, without ranking).
"""
import datetime
import io
import re
import tempfile
from pathlib import Path

from django.db import connection, transaction
from python_calamine import CalamineWorkbook

from bench.common import median_seconds, result

N = 100_000
RUNG = "specialised_sme"  # a rung with alternative groups and conditions: the costliest to rank
REPEAT = 3
ENT_SCRATCH, FIG_SCRATCH = "bench_scratch_enterprise", "bench_scratch_figures"


def _tables():
    from actiondesk.enterprises.models import Enterprise, EnterpriseYearFigures

    return Enterprise._meta.db_table, EnterpriseYearFigures._meta.db_table


def _create_scratch():
    ent, fig = _tables()
    with connection.cursor() as cursor:
        for name in (FIG_SCRATCH, ENT_SCRATCH):
            cursor.execute(f"DROP TABLE IF EXISTS {name}")
        if connection.vendor == "postgresql":
            cursor.execute(f"CREATE TABLE {ENT_SCRATCH} (LIKE {ent} INCLUDING ALL)")
            cursor.execute(f"CREATE TABLE {FIG_SCRATCH} (LIKE {fig} INCLUDING ALL)")
            # LIKE copies no foreign keys; add the real tables' ones (deferred, as Django makes them) so the
            # floor checks the same constraints as the import — the SQLite DDL copy below has them already.
            for table, fk_table in ((ENT_SCRATCH, ent), (FIG_SCRATCH, fig)):
                for column, target in _foreign_keys(cursor, fk_table):
                    target = ENT_SCRATCH if target == ent else target
                    cursor.execute(f"ALTER TABLE {table} ADD FOREIGN KEY ({column}) REFERENCES {target} (id) "
                                   "DEFERRABLE INITIALLY DEFERRED")
            return
        for original in (ent, fig):
            cursor.execute("SELECT sql FROM sqlite_master WHERE tbl_name = %s AND sql IS NOT NULL "
                           "ORDER BY type DESC", [original])
            for (ddl,) in cursor.fetchall():
                ddl = ddl.replace(f'"{fig}"', f'"{FIG_SCRATCH}"').replace(f'"{ent}"', f'"{ENT_SCRATCH}"')
                ddl = re.sub(r'INDEX "([^"]+)"', lambda m: f'INDEX "scratch_{m.group(1)}"', ddl)
                cursor.execute(ddl)


def _foreign_keys(cursor, table: str) -> list[tuple[str, str]]:
    cursor.execute("""
        SELECT kcu.column_name, ccu.table_name FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name
        JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name
        WHERE tc.table_name = %s AND tc.constraint_type = 'FOREIGN KEY'""", [table])
    return cursor.fetchall()


def _raw_insert(table: str, columns: tuple[str, ...], rows: list[tuple]):
    """The floor's write: psycopg COPY with write_row (PostgreSQL) or sqlite3 executemany, as in notes §5b.

    Kept here rather than shared with the importer, so that tuning the importer never moves the floor.
    """
    connection.ensure_connection()
    raw = connection.connection
    if connection.vendor == "postgresql":
        with raw.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)


def _floor(data: bytes, zone_id: int):
    """Read with calamine, then write the same rows raw in one transaction (no validation)."""
    from actiondesk.parks.models import Park

    rows = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_index(0).to_python()[2:]
    pg = connection.vendor == "postgresql"
    now = datetime.datetime.now(datetime.UTC)
    stamp = now if pg else now.isoformat()
    ents, figs = [], []
    # 所在园区 names a registry park; its id is what the table holds (the parks exist before the timing starts).
    parks = dict(Park.objects.filter(zone_id=zone_id).values_list("name", "pk"))
    for i, r in enumerate(rows, start=1):
        d = r[6] if pg else r[6].isoformat()
        ents.append((i, zone_id, r[0], r[1], r[2], r[3], parks.get(r[4]), r[5], d, r[7], r[8], "", None, "C", stamp))
        figs.append((i, int(r[11]), *r[12:16], int(r[16]), int(r[17]), *r[18:22], int(r[22]), int(r[23]), r[24]))
    with transaction.atomic():
        _raw_insert(ENT_SCRATCH, ("id", "zone_id", "credit_code", "name", "former_names", "industry_code",
                                  "park_id", "address", "registered_on", "contact_name", "contact_phone", "scale_status",
                                  "scale_entered_on", "industry_section", "updated_at"), ents)
        _raw_insert(FIG_SCRATCH, ("enterprise_id", "year", "revenue", "main_revenue", "tax", "rnd_expense",
                                  "employees", "tech_staff", "total_assets", "liabilities", "net_profit",
                                  "hightech_revenue", "ip_class1", "ip_class2", "equity_financing"), figs)


def _clear(*tables):
    """Empty tables between runs: TRUNCATE on PostgreSQL (no dead tuples left behind), DELETE on SQLite — there the
    rows that point at them go first (an import also writes the enterprises' listing steps), as CASCADE does."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")
            return
        for table in [*_pointing_at(tables), *tables]:
            cursor.execute(f"DELETE FROM {table}")


def _pointing_at(tables) -> list[str]:
    """The tables whose rows point at ``tables`` (through a foreign key), those that point at them first."""
    from django.apps import apps

    found: list[str] = []
    wanted = set(tables)
    for _ in range(4):  # a few levels of rows pointing at rows are enough for the enterprise tables
        more = {model._meta.db_table for model in apps.get_models() for field in model._meta.concrete_fields
                if field.is_relation and field.related_model and field.related_model._meta.db_table in wanted
                and model._meta.db_table not in wanted and model._meta.db_table not in found}
        if not more:
            break
        found = sorted(more) + found
        wanted |= more
    return found


def _import(data: bytes, zone):
    from actiondesk.core.scoping import SYSTEM
    from actiondesk.enterprises.imports.service import enterprises_import

    outcome = enterprises_import(zone=zone, data=data, file_name="bench.xlsx", actor=SYSTEM)
    assert outcome.ok and outcome.summary["created"] == N, outcome.errors[:3]


def _peer_seconds(data: bytes, zone_id: int, *tables) -> float:
    """One run (it takes minutes at 100,000 rows), into the emptied real tables, like the import."""
    import time

    from bench.import_export_peer import peer_import

    _clear(*tables)
    started = time.perf_counter()
    assert peer_import(data, zone_id) == N
    return time.perf_counter() - started


def _add_history(zone_id: int):
    """Earlier years for the ladder benchmark (the import file carries 2025 only)."""
    _ent, fig = _tables()
    cols = "revenue, main_revenue, tax, rnd_expense, employees, tech_staff, total_assets, liabilities, " \
           "net_profit, hightech_revenue, ip_class1, ip_class2, equity_financing"
    scaled = cols.replace("revenue,", "revenue * 0.9,", 1)
    with transaction.atomic(), connection.cursor() as cursor:
        for back in (1, 2, 3):
            cursor.execute(f"INSERT INTO {fig} (enterprise_id, year, {cols}) SELECT enterprise_id, year - {back}, "
                           f"{scaled} FROM {fig} WHERE year = 2025")


def run() -> list[dict]:
    from actiondesk.enterprises.ladders.bulk import fetch_rows_for
    from actiondesk.enterprises.ladders.pool import compile_rank
    from actiondesk.enterprises.selectors import candidate_ids
    from actiondesk.enterprises.synthetic import PARKS, generate_enterprises_xlsx
    from actiondesk.org.services import zone_get_or_create
    from actiondesk.parks.services import park_ids_for_names

    zone = zone_get_or_create(name="基准测试示范区")
    park_ids_for_names(zone, {name for name, _weight in PARKS})  # as the first import would add them
    ent, fig = _tables()
    with tempfile.TemporaryDirectory() as tmp:
        path = generate_enterprises_xlsx(Path(tmp) / "enterprises.xlsx", N)
        data = path.read_bytes()
    _create_scratch()

    def floor():
        _clear(FIG_SCRATCH, ENT_SCRATCH)
        _floor(data, zone.pk)

    def do_import():
        _clear(fig, ent)
        _import(data, zone)

    backend = connection.vendor
    floor_s = median_seconds(floor, repeat=REPEAT, warmup=1)
    peer_s = _peer_seconds(data, zone.pk, fig, ent)
    import_s = median_seconds(do_import, repeat=REPEAT, warmup=1)
    print(f"   import {import_s:.3f} s, floor {floor_s:.3f} s, ratio {import_s / floor_s:.2f} ({backend}); "
          f"django-import-export {peer_s:.3f} s (enterprise columns only), {peer_s / floor_s:.2f}× the floor, "
          f"ActionDesk {import_s / peer_s:.2f}× the peer")

    _add_history(zone.pk)
    on = datetime.date(2026, 6, 1)
    rule_set, _ids = candidate_ids(zone.pk, RUNG, on=on)
    names, _fn = compile_rank(rule_set["rules"])
    columns = sorted(set(names) | {f"has_{RUNG}"})

    def scan():
        assert len(fetch_rows_for(columns, zone.pk, on.year, on)) == N

    def rank():
        _rule_set, ids = candidate_ids(zone.pk, RUNG, on=on)
        assert ids

    scan_s = median_seconds(scan, repeat=5)
    rank_s = median_seconds(rank, repeat=5)
    print(f"   后备库 {RUNG} {rank_s:.3f} s, scan {scan_s:.3f} s, ratio {rank_s / scan_s:.2f}")
    _clear(fig, ent, FIG_SCRATCH, ENT_SCRATCH)
    return [
        result(f"enterprises.import_100k_{backend}", import_s, "s", f"calamine+raw insert floor ({backend})", floor_s),
        result(f"enterprises.import_100k_vs_import_export_{backend}", import_s, "s",
               f"django-import-export 4.4 use_bulk, enterprise columns only ({backend})", peer_s),
        result(f"enterprises.import_export_peer_100k_{backend}", peer_s, "s",
               f"calamine+raw insert floor ({backend})", floor_s),
        result(f"enterprises.candidates_100k_{backend}", rank_s, "s", f"plain scan of the same columns ({backend})",
               scan_s),
    ]
