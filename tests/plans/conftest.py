"""Fixtures of the plan reader's tests."""

import pytest


@pytest.fixture
def recogniser():
    """Tesseract with its Chinese model, which `make test` installs when root: a test that reads a scan fails plainly
    without it, as a browser test does without chromium."""
    from actiondesk.plans.reader import pdf_scans

    missing = pdf_scans.recogniser_missing()
    if missing:
        pytest.fail(f"{missing}: run `make test` as root or apt-get install tesseract-ocr tesseract-ocr-chi-sim")
