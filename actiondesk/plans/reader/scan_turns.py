"""Which way up a scanned page is: a page fed upside down, or a landscape table scanned on its side, reads as
nonsense; the recogniser's own orientation detection (Tesseract's osd model) says how far to turn it, and it is read
again upright."""

import os
import re
import statistics
import subprocess

_UNSURE = 50  # a page's mean word confidence under this: read again, if the page turns out to be turned
_SURE_TURN = 5.0  # Tesseract's orientation confidence at least this (a page of text turned scores 9 to 38 here)


def looks_turned(found: list[tuple], scores: list[float]) -> bool:
    """A page read as a turned one reads: upside down or on its side the model is unsure of nearly every word (a mean
    confidence near 20 where an upright page scores near 90), or — a page turned a quarter clockwise — it reads the
    lines as columns of vertical text, boxes taller than wide."""
    if not found:
        return False
    standing = sum(bottom - top > right - left for left, top, right, bottom, text in found if len(text) >= 3)
    return statistics.fmean(scores) < _UNSURE or standing > 0.5 * sum(len(line[4]) >= 3 for line in found)


def orientation(image: str, dpi: int, seconds: float) -> int:
    """Degrees to turn the page clockwise (90, 180 or 270) by Tesseract's orientation detection, 0 when it finds the
    page upright or cannot tell (too little text, a low confidence)."""
    environment = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(["tesseract", image, "stdout", "--psm", "0", "--dpi", str(dpi)], capture_output=True,
                              timeout=seconds, env=environment)
    except (OSError, subprocess.SubprocessError):
        return 0
    found = dict(re.findall(r"^(Rotate|Orientation confidence):\s*([\d.]+)\s*$", done.stdout.decode("utf-8", "replace"),
                            flags=re.MULTILINE))
    try:
        turn, confidence = int(found["Rotate"]), float(found["Orientation confidence"])
    except (KeyError, ValueError):
        return 0
    return turn if turn in (90, 180, 270) and confidence >= _SURE_TURN else 0
