from django.apps import AppConfig


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = "Working groups"

    def ready(self):
        from . import signals  # noqa: F401
