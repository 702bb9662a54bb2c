"""Terms in several languages: the canonical rows (the default locale's), the texts of
the others remembered per process, and translation through wagtail-localize."""

import time
from collections import defaultdict
from types import SimpleNamespace

from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, ReferenceIndex, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from cen_portal.i18n import DEFAULT_LANGUAGE

# Languages -------------------------------------------------------------------------------


def default_language():
    """The language of the canonical taxonomy (the default locale: English)."""
    return DEFAULT_LANGUAGE


def content_language(language=None):
    """The content language ("en" or "fr") for a language code, or for the reader's language."""
    try:
        return get_supported_content_language_variant(language or get_language() or DEFAULT_LANGUAGE)
    except LookupError:
        return default_language()


def canonical_terms():
    """The canonical rows of a translatable term: those of the default locale.

    Everything is tagged with these (`limit_choices_to` on every relation to a term), so facets,
    filters and search keys are the same in every language; a translation is a text overlay.
    """
    return models.Q(locale__language_code=default_language())


# Translatable terms ----------------------------------------------------------------------


class CanonicalTermManager(models.Manager):
    """`Model.objects`: the taxonomy itself, one row per term (the default locale's)."""

    def get_queryset(self):
        return super().get_queryset().filter(canonical_terms())


# How long a process trusts its copy of a language's texts. A save or delete clears it at
# once in the process that made it; other processes (gunicorn workers) pick it up within this.
TRANSLATIONS_MEMO_SECONDS = 60
_translations_memo = {}
# Raised whenever a term is saved or deleted, so instances drop the texts they worked out before.
_translations_generation = 0


def _translations(model, language):
    """{translation_key: {field: text}} for the term rows of one model in one language:
    one query per model and language, remembered for a minute."""
    memo_key = (model._meta.label, language)
    loaded = _translations_memo.get(memo_key)
    if loaded is None or time.monotonic() - loaded[0] > TRANSLATIONS_MEMO_SECONDS:
        rows = model._default_manager.filter(locale__language_code=language).values(
            "translation_key", *model.translated_text_fields
        )
        loaded = (time.monotonic(), {row.pop("translation_key"): row for row in rows})
        _translations_memo[memo_key] = loaded
    return loaded[1]


class TranslatableTerm(TranslatableMixin):
    """A term of the taxonomy in several languages (wagtail-localize translates it as a snippet).

    The default manager sees every locale (wagtail-localize and the snippet admin need that);
    `objects` sees the canonical rows only. Readers see `term.translated.<field>` and `str(term)`
    in their language, falling back to the canonical text where there is no translation.
    """

    all_locales = models.Manager()
    objects = CanonicalTermManager()

    # The human text, set by each model; the other fields are synchronised from the canonical row.
    translated_text_fields = ()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        default_manager_name = "all_locales"

    def canonical_row(self):
        """The canonical row of this term, the one items are tagged with: itself, or the row it translates."""
        return type(self).objects.filter(translation_key=self.translation_key).first() or self

    def get_translations(self, inclusive=False):
        # Wagtail looks translations up through `objects`, which here holds the canonical rows only.
        translations = type(self)._default_manager.filter(translation_key=self.translation_key)
        return translations if inclusive else translations.exclude(pk=self.pk)

    def save(self, *args, **kwargs):
        if self.locale_id is None or self.locale_id == Locale.get_default().pk:
            return super().save(*args, **kwargs)
        # Wagtail's background reference-index update finds rows through `objects`, which has no
        # translations: index a translation's references (its country, for an EMB) here instead.
        from wagtail.signal_handlers import disable_reference_index_auto_update  # needs the models loaded

        with disable_reference_index_auto_update():
            super().save(*args, **kwargs)
        ReferenceIndex.create_or_update_for_object(self)

    def validate_unique(self, exclude=None):
        # Names and slugs are unique per locale. The locale is set before an admin form is
        # validated but is not one of its fields, so keep it in the check (no database error).
        if exclude and self.locale_id:
            exclude = set(exclude) - {"locale"}
        super().validate_unique(exclude)

    def text_in(self, language):
        """The term's text fields in a language, each falling back to this row's own text;
        `languages` says which language each field is shown in (for a `lang` attribute)."""
        values = {name: getattr(self, name) for name in self.translated_text_fields}
        languages = dict.fromkeys(self.translated_text_fields, default_language())
        language = content_language(language)
        if language != default_language():
            translation = _translations(type(self), language).get(self.translation_key, {})
            translated = {name: text for name, text in translation.items() if text}
            values.update(translated)
            languages.update(dict.fromkeys(translated, language))
        return SimpleNamespace(**values, languages=languages)

    @property
    def translated(self):
        """The term's text in the reader's language (computed once per instance and language)."""
        language = content_language()
        memo = self.__dict__.get("_translated")
        if memo is None or memo[:2] != (language, _translations_generation):
            memo = (language, _translations_generation, self.text_in(language))
            self.__dict__["_translated"] = memo
        return memo[2]


def term_fields(translated, synchronised, overridable=()):
    """wagtail-localize's fields of a term: the texts a translator writes, then what every
    language shares, copied from the canonical row (those in `overridable` may differ)."""
    return [TranslatableField(name) for name in translated] + [
        SynchronizedField(name, overridable=name in overridable) for name in synchronised
    ]


@receiver(post_save)
@receiver(post_delete)
def forget_remembered_translations(sender, **kwargs):
    if isinstance(sender, type) and issubclass(sender, TranslatableTerm):
        forget_translations(sender._meta.label)


def forget_translations(label=None):
    """Forget the texts this process remembers, of one model ("app.Model") or of all: the rows
    changed in a way no signal tells (the tests' rolled-back and restored databases)."""
    global _translations_generation
    _translations_generation += 1
    for memo_key in [key for key in _translations_memo if label is None or key[0] == label]:
        _translations_memo.pop(memo_key, None)


def save_translation(term, language, texts, user=None):
    """Translate a term through wagtail-localize, as the admin's "Translate" action does.

    `texts` maps text fields to their translation: a string, or for rich text one string per
    paragraph of the original. The translation's strings are stored as localize's own (so the
    admin shows and edits them), then the translated row is saved. Returns that row.
    """
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(term)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments_by_field = defaultdict(list)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"):
        segments_by_field[segment.context.path].append(segment)
    for field, segments in segments_by_field.items():
        text = texts.get(field)
        if not text:
            continue
        parts = [text] if isinstance(text, str) else list(text)
        if len(parts) != len(segments):
            raise ValueError(f"{term}: {field} has {len(segments)} paragraphs, the translation {len(parts)}.")
        for segment, part in zip(segments, parts, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(part).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
    translation.save_target(user=user)
    return term.get_translation(locale)
