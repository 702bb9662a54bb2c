"""The database backend's full text on PostgreSQL: Wagtail's database search, told languages.

Each item's text is indexed with its own language's text search configuration ('english'
for English items, 'french' for French ones: French stemming and stop words, where l' and
d' are split off and dropped); accents are folded before that (search/models.py), as
PostgreSQL's recipe with unaccent would, without needing that extension. A reader's words
are analysed with every configuration and any analysis may match (`english(q) | french(q)`),
as the engine analyses a question once per language field: a French question also finds
English items about the same thing, which the ranking then places after the French ones.
"""

import copy

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from modelsearch.backends.database.postgres.weights import get_sql_weights

from .contract import DEFAULT_LANGUAGE

# PostgreSQL's text search configuration for each language knowledge is written in.
TEXT_SEARCH_CONFIGS = {"en": "english", "fr": "french"}


def config_for(language):
    return TEXT_SEARCH_CONFIGS.get(language, TEXT_SEARCH_CONFIGS[DEFAULT_LANGUAGE])


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each language's items with that language's configuration."""
        by_language = {}
        for obj in objs:
            by_language.setdefault(getattr(obj, "language", DEFAULT_LANGUAGE), []).append(obj)
        for language, items in by_language.items():
            backend = copy.copy(self.backend)
            backend.config = config_for(language)
            PostgresIndex(backend).add_items(model, items)


def rank_weights():
    """Wagtail's weights of its vectors' four labels (A-D, from the fields' boosts), as ts_rank takes them."""
    return get_sql_weights()


class LanguageSearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
