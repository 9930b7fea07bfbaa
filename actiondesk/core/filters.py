"""The one way to filter a list: a django-filter FilterSet per list, shared by its page, its API and its export.

    class ProjectFilterSet(FilterSet):               # <app>/filters.py
        stage = django_filters.ChoiceFilter(choices=Stage.choices, label=_("阶段"))

    page:    filterset = page_filterset(ProjectFilterSet, request, qs)           # form + errors in the template
    export:  qs = filtered(ProjectFilterSet, request.GET, qs, request=request)   # ValidationError when invalid
    API:     ProjectQuery = filter_schema(ProjectFilterSet)                      # once, at import
             def list_projects(request, filters: Query[ProjectQuery], paging: Query[Paging]):
                 qs = filtered(ProjectFilterSet, filters.dict(exclude_none=True), qs, request=request)
                 return list(paging.slice(qs))

``filter_schema`` builds the ninja query schema from the FilterSet's declared filters, so the OpenAPI
parameters follow the FilterSet and the page and the API cannot drift; the FilterSet's form validates the
values in both, and an invalid value is a form error on the page and a 422 in the API (core.api_errors).
"""
import datetime
from decimal import Decimal

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from ninja import Schema
from pydantic import Field, create_model

from actiondesk.core.params import MAX_ID
from actiondesk.core.scoping import visible


class IntegerFilter(django_filters.NumberFilter):
    """A whole number (django-filter's NumberFilter reads decimals); ``min_value``/``max_value`` bound it."""

    field_class = forms.IntegerField


class UserChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.username  # people are named, not shown by login name


class UserChoiceFilter(django_filters.ModelChoiceFilter):
    """A choice of user accounts (包保领导, 操作人), shown by full name."""

    field_class = UserChoiceField


def visible_choices(model, *, order_by: tuple = ()):
    """``queryset=`` of a ModelChoiceFilter: the rows of ``model`` the requesting user may see (zone scoping)."""
    def queryset(request):
        if request is None:
            return model.objects.none()
        return visible(model.objects.all(), request.user).order_by(*order_by)

    return queryset


class FilterSet(django_filters.FilterSet):
    """Base of every list's FilterSet: always built with ``request=`` so choices follow the user's zone."""

    def value(self, name):
        """The valid value of filter ``name`` (None when absent or invalid)."""
        if not self.is_bound:
            return None
        self.form.is_valid()
        return self.form.cleaned_data.get(name)

    def keep(self, queryset, name, value):
        """For a declared parameter that the list reads itself (a year, a number of months), not a row filter."""
        return queryset


class Paging(Schema):
    """limit/offset of every API list."""

    limit: int = Field(100, ge=1, le=1000, description="每页条数（1–1000）")
    offset: int = Field(0, ge=0, le=10_000_000, description="跳过的条数")

    def slice(self, queryset):
        return queryset[self.offset:self.offset + self.limit]


def _python_type(flt) -> tuple[type, dict]:
    field_class = flt.field_class
    extra = flt.extra
    constraints = {}
    if issubclass(field_class, forms.ModelChoiceField):
        return int, {"ge": 1, "le": MAX_ID}
    if issubclass(field_class, forms.IntegerField):
        low, high = extra.get("min_value"), extra.get("max_value")
        return int, {"ge": low if low is not None else -MAX_ID, "le": high if high is not None else MAX_ID}
    if issubclass(field_class, forms.DecimalField):
        return Decimal, {}
    if issubclass(field_class, forms.DateField):
        return datetime.date, {}
    if issubclass(field_class, forms.NullBooleanField):
        return bool, {}
    if issubclass(field_class, forms.ChoiceField):
        choices = extra.get("choices")
        if isinstance(choices, list | tuple):
            constraints["json_schema_extra"] = {"enum": [str(value) for value, _label in choices]}
        return str, constraints
    if extra.get("max_length"):
        constraints["max_length"] = extra["max_length"]
    return str, constraints


def filter_schema(filterset_class) -> type[Schema]:
    """A ninja query schema with one optional parameter per filter declared on ``filterset_class``."""
    fields = {}
    for name, flt in filterset_class.base_filters.items():
        annotation, constraints = _python_type(flt)
        fields[name] = (annotation | None, Field(None, description=str(flt.label or name), **constraints))
    return create_model(f"{filterset_class.__name__}Query", __base__=Schema, **fields)


def valid_filterset(filterset_class, data, queryset, *, request=None, **kwargs):
    """The FilterSet bound to ``data``; invalid values raise ValidationError (field → messages)."""
    filterset = filterset_class(data, queryset=queryset, request=request, **kwargs)
    if not filterset.is_valid():
        raise ValidationError(filterset.form.errors.as_data())
    return filterset


def filtered(filterset_class, data, queryset, *, request=None, **kwargs):
    """``queryset`` narrowed by ``data``; invalid values raise ValidationError (field → messages)."""
    return valid_filterset(filterset_class, data, queryset, request=request, **kwargs).qs


def page_filterset(filterset_class, request, queryset):
    """The FilterSet of a list page: unbound without parameters; invalid values show as form errors and the
    list is narrowed by the valid ones only."""
    return filterset_class(request.GET or None, queryset=queryset, request=request)


def invalid_filters_response(error: ValidationError) -> HttpResponse:
    """An export asked with invalid filters: say which values were refused (400), never a 500."""
    lines = [f"{field}: {message}" for field, messages in error.message_dict.items() for message in messages]
    return HttpResponse("\n".join(["筛选条件无效：", *lines]), status=400, content_type="text/plain; charset=utf-8")
