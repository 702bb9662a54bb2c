from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Knowledge search"

    def ready(self):
        from . import signals  # noqa: F401
