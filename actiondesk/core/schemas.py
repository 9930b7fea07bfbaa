"""Pieces shared by the API answers of every app (ninja Schemas)."""
from ninja import Schema


class RelatedNames(Schema):
    """Resolves the names an answer shows for its related rows (department, enterprise, credit code).

    Each subclass declares only the fields it shows — a resolver without its field is never asked — so its fields,
    their order and their types stay its own; an unset department reads as None.
    """

    @staticmethod
    def resolve_department(obj):
        return obj.department.name if obj.department_id else None

    @staticmethod
    def resolve_enterprise(obj):
        return obj.enterprise.name

    @staticmethod
    def resolve_credit_code(obj):
        return obj.enterprise.credit_code
