"""SQLite with decimals that always load (see actiondesk.core.dbbackends)."""
import decimal

from django.db.backends.sqlite3 import base, operations

from actiondesk.core.dbbackends import safe_decimal


class DatabaseOperations(operations.DatabaseOperations):
    def get_decimalfield_converter(self, expression):
        strict = super().get_decimalfield_converter(expression)

        def converter(value, expression, connection):
            if value is None:
                return None
            try:
                return safe_decimal(strict(value, expression, connection))
            except decimal.InvalidOperation:  # Infinity, or more digits than the field's precision
                return safe_decimal(value)

        return converter


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
