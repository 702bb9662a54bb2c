from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = "Comparable practice data"

    def ready(self):
        from . import api  # noqa: F401  (adds the comparison to the JSON API)
