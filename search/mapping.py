"""The knowledge index, defined once with the DSL of whichever engine the cluster is.

Languages: one index, with a field per language for each text (`title_en`, `title_fr`,
`body_en`, ...). A document's text goes only into the fields of its own language, so English
text is analysed in English (possessives, English stemming) and French text in French
(elisions such as l' and qu', French stop words, light French stemming); both fold accents.
A question is analysed once per language field, so a French question also finds English
items that share its words or the field's vocabulary (search/synonyms.txt names the same
things in both languages). One index rather than one per language keeps a single alias to
rebuild and swap, facets counted in one pass over the shared, language-neutral keyword
fields (slugs and ISO codes), and scores comparable across languages; the reader's language
is a boost (search/ranking.py). `translated_into` lists the other languages an item is indexed
in, so a search shows each item once, in the reader's language where it has a version.

`title` and `summary` also keep the words as written (folded, no stemming, any language)
for typo tolerance; titles have edge n-grams for autocomplete. `names_en` and `names_fr` hold
the names of the item's principles, areas, countries and regions in each language, so a
French reader who types "Cameroun" finds the English items tagged with Cameroon.
"""

from functools import lru_cache

from .contract import LANGUAGES, SYNONYM_GROUPS, fold

# The keyword field behind each facet of the search page.
FACET_FIELDS = {
    "kind": "kind",
    "principle": "principles",
    "area": "practice_areas",
    "country": "countries",
    "region": "regions",
    "year": "year",
}
# The texts every document has, each indexed in a field per language (`language_field`).
TEXT_FIELDS = ["title", "summary", "body", "attachments", "names"]
# Elided articles and pronouns, as the French analyzer of Elasticsearch and Lucene lists them.
FRENCH_ELISIONS = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]


def language_field(field, language):
    """The index field holding `field` of the documents in `language`: "title_fr"."""
    return f"{field}_{language}"


def language_fields(boosts):
    """{field: boost} for every language: {"title": 4} -> {"title_en": 4, "title_fr": 4}."""
    return {language_field(field, language): boost for language in LANGUAGES for field, boost in boosts.items()}


@lru_cache(maxsize=2)
def analysis(dsl):
    """The analyzers, built from the given DSL module's own helpers: for each language an
    index analyzer and a search analyzer (the same, with the field's synonyms)."""
    folding = dsl.token_filter("cen_folding", "asciifolding")
    elision = dsl.token_filter("cen_elision", "elision", articles=FRENCH_ELISIONS, articles_case=True)
    possessive = dsl.token_filter("cen_possessive", "stemmer", language="possessive_english")
    english_stemmer = dsl.token_filter("cen_stemmer", "stemmer", language="english")
    french_stop = dsl.token_filter("cen_french_stop", "stop", stopwords="_french_")
    french_stemmer = dsl.token_filter("cen_french_stemmer", "stemmer", language="light_french")
    synonyms = dsl.token_filter(
        "cen_synonyms", "synonym_graph", synonyms=[", ".join(group) for group in SYNONYM_GROUPS], lenient=True
    )
    # The French chain applies synonyms before folding (its stop words keep their accents),
    # so each term is listed as written and without accents.
    french_synonyms = dsl.token_filter(
        "cen_french_synonyms",
        "synonym_graph",
        synonyms=[
            ", ".join(dict.fromkeys(form for term in group for form in (term, fold(term)))) for group in SYNONYM_GROUPS
        ],
        lenient=True,
    )
    edge_ngrams = dsl.token_filter("cen_edge_ngrams", "edge_ngram", min_gram=2, max_gram=20)
    english = ["lowercase", folding, possessive, english_stemmer]
    # French: stop words go before folding ("à", "été" are listed with their accents); the
    # light stemmer folds the accents it stems over, the folding after it the rest.
    french = [elision, "lowercase", french_stop, french_stemmer, folding]
    return {
        "text_en": dsl.analyzer("cen_text", tokenizer="standard", filter=english),
        # Synonym graphs are for queries only; the index keeps the words as written.
        "text_en_search": dsl.analyzer(
            "cen_text_search",
            tokenizer="standard",
            filter=["lowercase", folding, possessive, synonyms, english_stemmer],
        ),
        "text_fr": dsl.analyzer("cen_text_fr", tokenizer="standard", filter=french),
        "text_fr_search": dsl.analyzer(
            "cen_text_fr_search", tokenizer="standard", filter=[*french[:2], french_synonyms, *french[2:]]
        ),
        # Words as written (any language), for typo tolerance: fuzzy matching against stems
        # misses ("misinformaton" is four edits from the stem "misinform").
        "exact": dsl.analyzer("cen_exact", tokenizer="standard", filter=[elision, "lowercase", folding]),
        "autocomplete": dsl.analyzer(
            "cen_autocomplete", tokenizer="standard", filter=[elision, "lowercase", folding, edge_ngrams]
        ),
        "autocomplete_search": dsl.analyzer(
            "cen_autocomplete_search", tokenizer="standard", filter=[elision, "lowercase", folding]
        ),
    }


@lru_cache(maxsize=2)
def document_class(dsl):
    """The Document class describing one knowledge item, for the given DSL module."""
    analyzers = analysis(dsl)

    def text(language, **kwargs):
        return dsl.Text(
            analyzer=analyzers[f"text_{language}"], search_analyzer=analyzers[f"text_{language}_search"], **kwargs
        )

    # Words as written, for typo tolerance (titles and summaries only, search/ranking.py),
    # and the title's edge n-grams for autocomplete.
    language_neutral = {
        "title": dsl.Text(
            analyzer=analyzers["exact"],
            fields={
                "autocomplete": dsl.Text(
                    analyzer=analyzers["autocomplete"], search_analyzer=analyzers["autocomplete_search"]
                ),
                "sort": dsl.Keyword(),
            },
        ),
        "summary": dsl.Text(analyzer=analyzers["exact"]),
    }
    # Offsets make highlighting long bodies and PDF texts cheap.
    per_language = {
        language_field(field, language): text(language, **({"index_options": "offsets"} if field != "names" else {}))
        for language in LANGUAGES
        for field in TEXT_FIELDS
    }

    fields = {
        "key": dsl.Keyword(),
        "kind": dsl.Keyword(),
        **language_neutral,
        **per_language,
        "principles": dsl.Keyword(multi=True),
        "practice_areas": dsl.Keyword(multi=True),
        "countries": dsl.Keyword(multi=True),
        "regions": dsl.Keyword(multi=True),
        "audience": dsl.Keyword(multi=True),
        "language": dsl.Keyword(),
        # The other languages the item is indexed in (search/sources.py): one version per reader.
        "translated_into": dsl.Keyword(multi=True),
        "year": dsl.Integer(),
        "date": dsl.Date(),
        "ends_at": dsl.Date(),
        "url": dsl.Keyword(index=False),
    }
    return type("KnowledgeDocument", (dsl.Document,), fields)


def build_index(dsl, name, replicas=0):
    """An Index object (not yet created) holding the knowledge mapping and analysis."""
    index = dsl.Index(name)
    index.settings(number_of_shards=1, number_of_replicas=replicas)
    index.document(document_class(dsl))
    return index
