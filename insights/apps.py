from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "insights"
    verbose_name = "Search insights"

    def ready(self):
        # Imported here: the models load after the app's config.
        from search.service import set_search_recorder

        from .records import record_search

        set_search_recorder(record_search)
