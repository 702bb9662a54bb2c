from django.apps import AppConfig


class ProjectConfig(AppConfig):
    name = "config"
    verbose_name = "Project"

    def ready(self):
        # Signal receiver: each finished task marks the worker alive for the readiness check.
        from . import health  # noqa: F401
