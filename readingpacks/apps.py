from django.apps import AppConfig


class ReadingPacksConfig(AppConfig):
    name = "readingpacks"
    verbose_name = "Reading packs"
