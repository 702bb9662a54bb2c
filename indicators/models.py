"""Comparable practice data: indicators drawn from the guide's good-practice areas, a value per
election management body with its source and date, every change kept, and corrections that
anyone may suggest for the Secretariat to accept or decline.

Values are kept per EMB, not per country, because some countries have several bodies. A value
is never edited in place: recording a new one keeps the old one as history.
"""

import decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import log

from cen_portal.taxonomy import TranslatableTerm, canonical_terms, term_fields
from members.models import language_field

UNKNOWN = "unknown"
YES_NO_CHOICES = [("yes", _("Yes")), ("partly", _("Partly")), ("no", _("No"))]
FIRST_YEAR, LAST_YEAR = 1900, 2100


def parse_options(text):
    """[(value, label)] from "value | label" lines, in the order written."""
    pairs = []
    for line in text.splitlines():
        value, _sep, label = line.partition("|")
        if value.strip():
            pairs.append((value.strip(), label.strip() or value.strip()))
    return pairs


class Indicator(TranslatableTerm, models.Model):
    """A question every EMB can answer comparably. Its words (name, question, definition, the
    labels of its options, its unit) are translated as the taxonomy is, through wagtail-localize;
    values, codes and types are the canonical row's, the same in every language."""

    class Kind(models.TextChoices):
        YES_NO = "yes-no", _("Yes, partly or no")
        CHOICE = "choice", _("One of a list")
        CHOICES = "choices", _("Any of a list")
        NUMBER = "number", _("A number")
        YEAR = "year", _("A year")

    code = models.SlugField(_("code"), max_length=60, help_text=_("Used in addresses and exports."))
    name = models.CharField(_("name"), max_length=160)
    question = models.CharField(
        _("question"), max_length=250, help_text=_("As a reader would ask it, e.g. “Does the EMB have ...?”")
    )
    definition = models.TextField(_("definition"), help_text=_("What counts, so that values are comparable."))
    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices, default=Kind.YES_NO)
    options = models.TextField(
        _("options"),
        blank=True,
        help_text=_("For a list type: one option per line, as “value | label” (e.g. “whatsapp | WhatsApp”)."),
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True, help_text=_("For a number, e.g. “staff”."))
    principle = models.ForeignKey(
        "cen_portal.KeyPrinciple",
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("key principle"),
        limit_choices_to=canonical_terms,
    )
    practice_area = models.ForeignKey(
        "cen_portal.PracticeArea",
        on_delete=models.PROTECT,
        related_name="indicators",
        verbose_name=_("good-practice area"),
        limit_choices_to=canonical_terms,
    )
    version = models.PositiveSmallIntegerField(
        _("version"), default=1, editable=False, help_text=_("Raised whenever the definition, type or options change.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("question"),
        FieldPanel("definition"),
        FieldPanel("kind"),
        FieldPanel("options"),
        FieldPanel("unit"),
        FieldPanel("principle"),
        FieldPanel("practice_area"),
        FieldPanel("sort_order"),
    ]
    # In `options` a translator rewrites the labels only: "whatsapp | WhatsApp" stays keyed by
    # "whatsapp", and a line whose value the canonical list lacks is ignored (see option_pairs).
    translated_text_fields = ("name", "question", "definition", "options", "unit")
    translatable_fields = term_fields(
        translated_text_fields, ("code", "kind", "principle", "practice_area", "sort_order")
    )

    class Meta(TranslatableTerm.Meta):
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("locale", "code")]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return self.translated.name

    def save(self, *args, **kwargs):
        if self.pk:
            before = Indicator.objects.filter(pk=self.pk).values("definition", "kind", "options").first()
            if before and before != {"definition": self.definition, "kind": self.kind, "options": self.options}:
                self.version += 1
        super().save(*args, **kwargs)

    def clean(self):
        if self.kind in (self.Kind.CHOICE, self.Kind.CHOICES) and not self.option_pairs():
            raise ValidationError({"options": _("List at least one option for this type.")})

    def option_pairs(self):
        """[(value, label)] of a list type, in the order written, each label in the reader's
        language where translated."""
        labels = dict(parse_options(self.translated.options))
        return [(value, labels.get(value, label)) for value, label in parse_options(self.options)]

    def choices(self):
        """What a value may be, for forms: the allowed answers and “unknown”."""
        if self.kind == self.Kind.YES_NO:
            answers = [(value, str(label)) for value, label in YES_NO_CHOICES]
        elif self.kind in (self.Kind.CHOICE, self.Kind.CHOICES):
            answers = self.option_pairs()
        else:
            answers = []
        return answers + [(UNKNOWN, str(_("Unknown")))]

    def clean_value(self, raw):
        """A typed or chosen value made canonical for this indicator, or a ValidationError that
        says what is expected. A list type takes a list (or text with commas); "unknown" is a
        value of every type."""
        if isinstance(raw, str):
            raw = raw.strip()
        if raw in (UNKNOWN, [UNKNOWN]):
            return UNKNOWN
        if raw in ("", None, []):
            raise ValidationError(_("Give a value, or “unknown”."))
        if self.kind == self.Kind.CHOICES:
            items = raw if isinstance(raw, (list, tuple)) else [part.strip() for part in str(raw).split(",")]
            allowed = dict(self.option_pairs())
            unknown = [item for item in items if item not in allowed]
            if unknown or not items:
                raise ValidationError(
                    _("Choose from: %(options)s.") % {"options": ", ".join(allowed)}, code="invalid_choice"
                )
            return [value for value in allowed if value in items]  # the list's own order, no repeats
        if isinstance(raw, (list, tuple)):
            raise ValidationError(_("Give a single value."))
        raw = str(raw)
        if self.kind in (self.Kind.YES_NO, self.Kind.CHOICE):
            allowed = [value for value, _label in self.choices() if value != UNKNOWN]
            if raw not in allowed:
                raise ValidationError(
                    _("Choose from: %(options)s.") % {"options": ", ".join(allowed)}, code="invalid_choice"
                )
            return raw
        if self.kind == self.Kind.NUMBER:
            try:
                number = decimal.Decimal(raw.replace(",", ""))
            except decimal.InvalidOperation:
                raise ValidationError(_("Give a number, such as 12.")) from None
            if not number.is_finite() or number < 0 or number > 10**9:
                raise ValidationError(_("Give a number from 0 to 1,000,000,000."))
            return int(number) if number == number.to_integral_value() else float(number)
        if not (raw.isascii() and raw.isdigit()) or not FIRST_YEAR <= int(raw) <= LAST_YEAR:
            raise ValidationError(
                _("Give a year from %(first)s to %(last)s.") % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        return int(raw)

    def clean_condition_value(self, raw):
        """The one value a comparison's condition looks for, made canonical (see clean_value):
        for a list type a single option, which the EMBs' lists must contain."""
        value = self.clean_value([raw] if self.kind == self.Kind.CHOICES else raw)
        return value[0] if isinstance(value, list) else value

    def display(self, value):
        """A stored value as a reader should see it."""
        if value == UNKNOWN or value is None:
            return str(_("Unknown"))
        labels = dict(self.choices())
        if self.kind == self.Kind.CHOICES:
            return ", ".join(labels.get(item, item) for item in value)
        if self.kind in (self.Kind.YES_NO, self.Kind.CHOICE):
            return labels.get(value, value)
        if self.kind == self.Kind.NUMBER and self.unit:
            return f"{value:,} {self.translated.unit}"
        return f"{value:,}" if self.kind == self.Kind.NUMBER else str(value)


class IndicatorValueQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)


class IndicatorValue(models.Model):
    """One value of one indicator for one EMB, as recorded at one time. The newest is current;
    the others are its history."""

    emb = models.ForeignKey(
        "cen_portal.ElectionManagementBody",
        on_delete=models.CASCADE,
        related_name="indicator_values",
        verbose_name=_("election management body"),
        limit_choices_to=canonical_terms,
    )
    indicator = models.ForeignKey(
        Indicator,
        on_delete=models.CASCADE,
        related_name="values",
        verbose_name=_("indicator"),
        limit_choices_to=canonical_terms,
    )
    value = models.JSONField(_("value"))
    indicator_version = models.PositiveSmallIntegerField(_("indicator version"))
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    source_title = models.CharField(_("source"), max_length=250, blank=True)
    as_of = models.DateField(_("true as of"))
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    note = models.CharField(_("note"), max_length=300, blank=True, help_text=_("Why it changed."))
    illustrative = models.BooleanField(_("illustrative example"), default=False)
    is_current = models.BooleanField(default=True, editable=False)

    objects = IndicatorValueQuerySet.as_manager()

    class Meta:
        ordering = ["indicator__sort_order", "emb__name", "-recorded_at"]
        verbose_name = _("indicator value")
        constraints = [
            models.UniqueConstraint(
                fields=["emb", "indicator"], condition=Q(is_current=True), name="one_current_value_per_emb_indicator"
            )
        ]

    def __str__(self):
        return f"{self.emb}: {self.indicator} = {self.display}"

    @property
    def display(self):
        return self.indicator.display(self.value)

    @classmethod
    @transaction.atomic
    def record(
        cls, *, emb, indicator, value, as_of, source_url="", source_title="", by=None, note="", illustrative=False
    ):
        """Record a value (checked against the indicator), keeping the previous one as history."""
        value = indicator.clean_value(value)
        if not source_url and not source_title:
            raise ValidationError(_("Name a source: a web address or a document."))
        if as_of > timezone.now().date():
            raise ValidationError(_("A value cannot be true as of a date still to come."))
        cls.objects.filter(emb=emb, indicator=indicator, is_current=True).update(is_current=False)
        recorded = cls.objects.create(
            emb=emb,
            indicator=indicator,
            value=value,
            indicator_version=indicator.version,
            source_url=source_url,
            source_title=source_title,
            as_of=as_of,
            recorded_by=by,
            note=note,
            illustrative=illustrative,
        )
        log(recorded, "indicators.value_recorded", user=by, data={"value": recorded.display, "note": note})
        return recorded

    def history(self):
        return IndicatorValue.objects.filter(emb=self.emb, indicator=self.indicator).order_by("-recorded_at")


class Correction(models.Model):
    """A suggestion that something on the portal is wrong: an indicator value, or a knowledge
    item. It waits in the Secretariat's queue until accepted or declined."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the Secretariat")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    emb = models.ForeignKey(
        "cen_portal.ElectionManagementBody",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to=canonical_terms,
    )
    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, null=True, blank=True, related_name="+", limit_choices_to=canonical_terms
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    proposed_value = models.JSONField(_("proposed value"), null=True, blank=True)
    as_of = models.DateField(_("true as of"), null=True, blank=True)
    explanation = models.TextField(_("what is wrong"), max_length=2000)
    source_url = models.URLField(_("source address"), max_length=500, blank=True)
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    email = models.EmailField(_("email address"))
    # The language the suggestion was made in: the reply to someone without an account uses it.
    language = language_field()
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(_("reason given"), blank=True)
    recorded_value = models.ForeignKey(
        IndicatorValue, on_delete=models.SET_NULL, null=True, blank=True, related_name="corrections"
    )

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("suggested correction")
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, indicator__isnull=True)
                | Q(page__isnull=True, indicator__isnull=False, emb__isnull=False),
                name="correction_of_a_page_or_a_value",
            )
        ]

    def __str__(self):
        return f"Correction of {self.subject}"

    @property
    def subject(self):
        return self.page.title if self.page_id else f"{self.emb}: {self.indicator}"

    @property
    def reply_language(self):
        """A member is answered in the language they chose; anyone else in the one they wrote in."""
        return self.suggested_by.language if self.suggested_by else self.language

    @property
    def proposed_display(self):
        if self.indicator_id is None or self.proposed_value is None:
            return ""
        return self.indicator.display(self.proposed_value)
