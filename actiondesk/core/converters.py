"""The ``<id:pk>`` path converter of every page URL: a row id within 64 bits, else the URL does not match (404).

Django's ``<int:...>`` accepts any number of digits, and an id beyond the database's integer range fails
inside the query (OverflowError on SQLite) instead of being simply not found.
"""
from actiondesk.core.params import MAX_ID


class IdConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError("not a row id")  # the resolver then tries the next pattern and finally 404s
        return number

    def to_url(self, value) -> str:
        return str(value)
