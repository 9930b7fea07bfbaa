"""The zone's own plan as sample data: the document and its hand-checked reading.

They ship with the project so the demo, the tests and the benches need nothing outside the repository.
"""
import json
from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent
SHENFU_2026_TEXT = SAMPLES_DIR / "shenfu-2026-industry-action-plan.txt"
SHENFU_2026_GOLD = SAMPLES_DIR / "shenfu-2026-industry-action-plan.gold.json"


def shenfu_2026_gold() -> dict:
    """The hand-checked reading of the zone's 2026 plan (the shape `actiondesk plan parse --json` prints)."""
    return json.loads(SHENFU_2026_GOLD.read_text(encoding="utf-8"))
