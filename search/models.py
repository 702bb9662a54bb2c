"""The knowledge index's own tables.

- `KnowledgeItem` and `KnowledgeTag`: the database backend's copy of every indexed document
  (full text through Wagtail's database search, facets and filters through the ORM).
- `IndexSync`: the durable outbox. A row per item says when the item last changed and when
  each backend last caught up, so nothing is lost while the engine is away.
- `IndexGeneration`: changes with every write to the database backend's copy, so that what a
  process keeps worked out from it (search/database_sets.py) knows when to read it again.
- `ExtractedText`: text pulled out of an attached document, kept so a PDF is read once.
"""

import uuid

from django.db import models
from django.utils import timezone
from wagtail.search import index

from .contract import fold


class FoldedSearchField(index.SearchField):
    """A full-text field indexed without accents ("élection" as "election"), so that a reader
    who types either finds both; the database backend folds the reader's words the same way."""

    def get_value(self, obj):
        return fold(super().get_value(obj) or "")


class FoldedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return fold(super().get_value(obj) or "")


class KnowledgeItem(index.Indexed, models.Model):
    key = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=32, db_index=True)
    title = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    attachments = models.TextField(blank=True)
    # The item's names in every language: its translations' titles and the names of its
    # principles, areas, countries and regions (search/sources.py).
    names = models.TextField(blank=True)
    url = models.CharField(max_length=500)
    # The item's language ("en", "fr"): on PostgreSQL its text is indexed with that
    # language's text search configuration (search/database_postgres.py).
    language = models.CharField(max_length=12, default="en")
    year = models.PositiveSmallIntegerField(null=True, blank=True, db_index=True)
    date = models.DateField(null=True, blank=True, db_index=True)
    # When an event is over (none for other kinds): the `upcoming` filter keeps those not yet over.
    ends_at = models.DateTimeField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Kept up to date by search.sync, never by Wagtail's own signal handlers.
    search_auto_update = False
    search_fields = [
        FoldedSearchField("title", boost=4),
        FoldedSearchField("summary", boost=2),
        FoldedSearchField("body"),
        FoldedSearchField("attachments"),
        FoldedSearchField("names"),
        FoldedAutocompleteField("title"),
    ]

    class Meta:
        ordering = ["-date", "key"]

    def __str__(self):
        return self.title


class KnowledgeTag(models.Model):
    """One facet value of an item (a principle, a country, an audience…), for ORM facets."""

    item = models.ForeignKey(KnowledgeItem, on_delete=models.CASCADE, related_name="tags")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=80)

    class Meta:
        indexes = [models.Index(fields=["facet", "value", "item"])]
        constraints = [models.UniqueConstraint(fields=["item", "facet", "value"], name="unique_knowledge_tag")]

    def __str__(self):
        return f"{self.facet}={self.value}"


class IndexGeneration(models.Model):
    """One row: a new token in the transaction of every write to the items or their tags. A
    token, not a counter: a database restored from a copy, or a write rolled back, brings back
    a token that stands for exactly the rows it came with."""

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("token", flat=True).first() or ""

    @classmethod
    def advance(cls):
        token = uuid.uuid4().hex
        _generation, created = cls.objects.get_or_create(pk=1, defaults={"token": token})
        if not created:
            cls.objects.filter(pk=1).update(token=token)


class IndexSyncQuerySet(models.QuerySet):
    def pending_engine(self):
        return self.filter(
            models.Q(engine_synced_at__isnull=True) | models.Q(engine_synced_at__lt=models.F("requested_at"))
        )

    def pending_database(self):
        return self.filter(
            models.Q(database_synced_at__isnull=True) | models.Q(database_synced_at__lt=models.F("requested_at"))
        )


class IndexSync(models.Model):
    """An item whose index entries must be brought in line with its source."""

    key = models.CharField(max_length=64, unique=True)
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)
    database_synced_at = models.DateTimeField(null=True, blank=True)
    engine_synced_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    objects = IndexSyncQuerySet.as_manager()

    class Meta:
        verbose_name = "index update"

    def __str__(self):
        return self.key


class ExtractedText(models.Model):
    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, related_name="extracted_text")
    file_hash = models.CharField(max_length=64, blank=True)
    text = models.TextField(blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Text of {self.document}"
