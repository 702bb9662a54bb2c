from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"

    def ready(self):
        from search.sources import register_source

        from . import signals  # noqa: F401
        from .search import ThreadSource

        register_source(ThreadSource())
