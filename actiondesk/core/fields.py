"""Form fields every app uses where Django's own would let a malformed value reach the database."""
from django import forms
from django.core.exceptions import ValidationError

# The largest key a database column holds (a signed 64-bit integer); SQLite raises OverflowError past it.
LARGEST_KEY = 2**63 - 1


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, with keys past the database's range refused as invalid choices instead of a server error."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk).strip()
            if text.lstrip("-").isdigit() and abs(int(text)) > LARGEST_KEY:
                raise ValidationError(self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                                      params={"pk": text[:30]})
        return super()._check_values(value)
