from django.apps import AppConfig


class SiteConfig(AppConfig):
    """The project package itself, registered so site-level commands (``actiondesk demo``) live above the apps."""

    name = "actiondesk"
    label = "site"
