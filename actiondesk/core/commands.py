"""Shared pieces for management commands: bad input exits 2 with one line on stderr."""
from django.core.management.base import CommandError


class BadInput(CommandError):
    def __init__(self, message: str):
        super().__init__(message, returncode=2)
