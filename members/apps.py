from django.apps import AppConfig
from django.db.models.signals import post_migrate


def set_up_roles(sender, **kwargs):
    from .roles import ensure_review_workflow, ensure_secretariat_group, secretariat_reads_restricted_pages

    ensure_review_workflow(ensure_secretariat_group())
    secretariat_reads_restricted_pages()


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members"

    def ready(self):
        from . import signals  # noqa: F401

        post_migrate.connect(set_up_roles, sender=self)
