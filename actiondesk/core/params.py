"""Query and form parameters that must be integers: a bad value falls back instead of failing."""


def int_param(data, name: str, default: int, *, low: int | None = None, high: int | None = None) -> int:
    try:
        value = int(str(data.get(name) or default).strip())
    except (TypeError, ValueError):
        return default
    if (low is not None and value < low) or (high is not None and value > high):
        return default
    return value
