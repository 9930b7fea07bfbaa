"""PostgreSQL with decimals that always load (see actiondesk.core.dbbackends): NaN reads as None."""
from django.db.backends.postgresql import base, operations

from actiondesk.core.dbbackends import decimal_output, safe_decimal


def _finite(value, expression, connection):
    return safe_decimal(value)


class DatabaseOperations(operations.DatabaseOperations):
    def get_db_converters(self, expression):
        converters = super().get_db_converters(expression)
        return [*converters, _finite] if decimal_output(expression) else converters


class DatabaseWrapper(base.DatabaseWrapper):
    ops_class = DatabaseOperations
