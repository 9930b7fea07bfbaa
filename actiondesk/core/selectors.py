"""Reads for core pages: the background jobs a user may follow."""
from actiondesk.core.models import Job
from actiondesk.core.scoping import visible


def jobs_visible(user):
    """Jobs of the user's zone they may see (their own; admins every job of the zone), newest first."""
    return visible(Job.objects.defer("data"), user).select_related("user")
