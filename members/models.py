"""Members of the Network: people at EMBs, working-group members and the Secretariat.

Nobody signs up alone. The Secretariat invites people by email, or a person requests
membership and the Secretariat approves or declines it. Roles are Django groups: the
"Secretariat" group, and one group per working group (see workinggroups).
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, Group, UserManager
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.users.models import UserProfile

from cen_portal.groups import SECRETARIAT_GROUP
from cen_portal.taxonomy import canonical_terms

INVITATION_LIFETIME = timedelta(days=14)

LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("pt", _("Portuguese")),
    ("es", _("Spanish")),
    ("sw", _("Swahili")),
    ("hi", _("Hindi")),
    ("bn", _("Bengali")),
    ("ur", _("Urdu")),
    ("ms", _("Malay")),
    ("other", _("Other")),
]


def current_language():
    """The portal language the current request is in (its /en/ or /fr/ prefix), as stored on a member,
    an invitation or a membership request so that the emails that follow speak it."""
    try:
        return translation.get_supported_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def language_field(help_text=""):
    return models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=help_text,
    )


class EmailUserManager(UserManager):
    """People sign in with their email address; there is no separate username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField(_("email address"), unique=True)
    language = language_field(_("The portal's emails to you are written in this language."))
    reply_by_email = models.BooleanField(
        _("Reply to notifications by email"),
        default=True,
        help_text=_("Forum notifications and invitations to answer carry an address your reply is posted from."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def choose_language(self, language):
        """Set the member's language. Wagtail's admin, and the workflow emails Wagtail sends, follow
        it too, unless the person chose another language in the admin's own account settings."""
        admin = UserProfile.get_for_user(self)
        if admin.preferred_language in ("", self.language):
            admin.preferred_language = language
            admin.save(update_fields=["preferred_language"])
        self.language = language
        self.save(update_fields=["language"])

    # Roles are read several times in one request (the second-factor check, the menu, the
    # admin's scope) from the user the request loaded: worked out once per request, as
    # Django keeps a user's permissions.
    @cached_property
    def is_secretariat(self):
        return self.is_active and (self.is_superuser or self.groups.filter(name=SECRETARIAT_GROUP).exists())

    @cached_property
    def is_member(self):
        """An admitted member: active, with a profile. The Secretariat counts as members too."""
        if not self.is_authenticated or not self.is_active:
            return False
        return self.is_secretariat or MemberProfile.objects.filter(user=self).exists()

    @cached_property
    def needs_multi_factor(self):
        """The Secretariat and anyone who can open the admin must use a second factor."""
        return self.is_active and (
            self.is_superuser or self.is_staff or self.is_secretariat or self.has_perm("wagtailadmin.access_admin")
        )


class MemberProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    handle = models.SlugField(
        _("handle"), max_length=40, unique=True, help_text=_("Others mention you in forums as @handle.")
    )
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    emb = models.ForeignKey(
        "cen_portal.ElectionManagementBody",
        on_delete=models.PROTECT,
        related_name="members",
        verbose_name=_("election management body"),
        limit_choices_to=canonical_terms,
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    expertise = models.ManyToManyField(
        "cen_portal.PracticeArea",
        blank=True,
        related_name="experts",
        verbose_name=_("areas of expertise"),
        limit_choices_to=canonical_terms,
    )
    expertise_notes = models.CharField(_("other expertise"), max_length=250, blank=True)
    code_of_conduct_accepted_at = models.DateTimeField(_("accepted the forum code of conduct"), null=True, blank=True)
    admitted_at = models.DateTimeField(_("admitted"), default=timezone.now)

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        verbose_name = _("member profile")

    def __str__(self):
        return f"{self.user} ({self.emb})"

    @property
    def country(self):
        return self.emb.country

    def language_names(self):
        names = dict(LANGUAGES)
        return [str(names.get(code, code)) for code in self.languages]

    @classmethod
    def free_handle(cls, user):
        base = slugify(user.get_full_name() or user.email.split("@")[0])[:30] or "member"
        handle, number = base, 1
        while cls.objects.filter(handle=handle).exists():
            number += 1
            handle = f"{base}-{number}"
        return handle


def new_token():
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class Invitation(models.Model):
    email = models.EmailField(_("email address"))
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    emb = models.ForeignKey(
        "cen_portal.ElectionManagementBody",
        on_delete=models.PROTECT,
        verbose_name=_("election management body"),
        limit_choices_to=canonical_terms,
    )
    groups = models.ManyToManyField(
        Group, blank=True, verbose_name=_("roles"), help_text=_("The Secretariat or working groups to join.")
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("invited by")
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    language = language_field(_("The invitation email is written in this language."))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Invitation for {self.email}"

    def get_absolute_url(self):
        return reverse("members:accept_invitation", args=[self.token])

    @property
    def is_usable(self):
        return self.accepted_at is None and self.expires_at > timezone.now()


class MembershipRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a decision")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(_("work email address"))
    job_title = models.CharField(_("job title"), max_length=150)
    emb = models.ForeignKey(
        "cen_portal.ElectionManagementBody",
        on_delete=models.PROTECT,
        verbose_name=_("election management body"),
        limit_choices_to=canonical_terms,
    )
    message = models.TextField(_("why you would like to join"), max_length=2000)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decision_note = models.TextField(_("note to the applicant"), blank=True)
    # The language the request was made in: the applicant's emails are written in it.
    language = language_field()
    invitation = models.OneToOneField(
        Invitation, on_delete=models.SET_NULL, null=True, blank=True, related_name="request"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.emb})"

    @property
    def has_existing_account(self):
        """Someone already signs in with this address: approving it asks them to sign in (with
        their second factor) to accept, and never changes that account."""
        return User.objects.filter(email__iexact=self.email).exists()
