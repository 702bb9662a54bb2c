from django.apps import AppConfig


class EmailRepliesConfig(AppConfig):
    name = "emailreplies"
    verbose_name = "Reply by email"
