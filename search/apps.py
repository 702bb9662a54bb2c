from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Knowledge search"

    def ready(self):
        # Imported here: the models load after the app's config.
        from . import signals  # noqa: F401
