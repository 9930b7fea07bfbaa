"""Django's SQLite and PostgreSQL backends, reading decimals so that no stored value can break a page.

Services refuse numbers a field cannot hold (core.numbers), but rows written before that check, by hand
or by another tool may still hold Infinity, NaN or more digits than the column declares. Django's
converters raise on those (``quantize`` beyond the field's precision), failing every page that loads the
row. Here a non-finite value reads as None (no usable value) and an over-long finite one as the exact
number, so pages show what is there and the bad value can be corrected through the services.
"""
import decimal


def safe_decimal(value):
    """A loaded decimal as a finite Decimal, or None."""
    if value is None:
        return None
    if not isinstance(value, decimal.Decimal):
        value = decimal.Decimal(repr(value)) if isinstance(value, float) else decimal.Decimal(str(value))
    return value if value.is_finite() else None


def decimal_output(expression) -> bool:
    field = getattr(expression, "output_field", None)
    return field is not None and field.get_internal_type() == "DecimalField"
