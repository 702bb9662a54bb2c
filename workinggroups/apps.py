from django.apps import AppConfig


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = "Working groups"
