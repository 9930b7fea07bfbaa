"""The form fields of core.fields are the ones every app uses."""
from pathlib import Path

import pytest
from django import forms

import actiondesk
from actiondesk.core.fields import ModelMultipleChoiceField
from actiondesk.org.models import Department

PACKAGE = Path(actiondesk.__file__).resolve().parent


@pytest.mark.django_db
def test_a_key_past_64_bits_is_an_invalid_choice_not_a_server_error(departments):
    field = ModelMultipleChoiceField(queryset=Department.objects.all())
    with pytest.raises(forms.ValidationError):
        field.clean(["99999999999999999999"])
    assert list(field.clean([str(departments["产业创新局"].pk)])) == [departments["产业创新局"]]


def test_no_app_uses_djangos_own_multiple_choice_of_rows():
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "forms.ModelMultipleChoiceField(" in p.read_text(encoding="utf-8") and p.name != "fields.py"]
    assert offenders == []
