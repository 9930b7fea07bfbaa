"""Preset 序时进度 schedules (12 cumulative shares of the year's target), offered on the settings page."""
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from actiondesk.supervision.progress import default_schedule

BACK_LOADED = ["0.04", "0.08", "0.14", "0.20", "0.27", "0.35", "0.45", "0.55", "0.66", "0.77", "0.88", "1"]
QUARTERLY = ["0", "0", "0.25", "0.25", "0.25", "0.5", "0.5", "0.5", "0.75", "0.75", "0.75", "1"]
PRESETS = {
    "uniform": (_("均匀（每月1/12）"), [str(s.quantize(Decimal("0.0001"))) for s in default_schedule()]),
    "back_loaded": (_("前低后高（投资类）"), BACK_LOADED),
    "quarterly": (_("按季度（季末各25%）"), QUARTERLY),
}


def preset_choices() -> list[tuple[str, str]]:
    return [("", _("自定义")), *[(key, label) for key, (label, _shares) in PRESETS.items()]]


def preset_shares(key: str) -> list[Decimal]:
    return [Decimal(s) for s in PRESETS[key][1]]
