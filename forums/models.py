"""Member-only forums: open categories for every member, and a private space per working
group that only its members and the Secretariat can see."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cen_portal.markdown import render_markdown
from members.models import MemberProfile, language_field
from search.audience import MEMBERS, group_label

MAX_POST_LENGTH = 20_000


def has_accepted_code_of_conduct(user):
    """Members accept the code of conduct before they post; the Secretariat's staff without a
    member profile post as the Secretariat."""
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is None:
        return user.is_secretariat
    return profile.code_of_conduct_accepted_at is not None


class CategoryQuerySet(models.QuerySet):
    def readable_by(self, user):
        if not getattr(user, "is_member", False):
            return self.none()
        if user.is_secretariat:
            return self
        return self.filter(Q(group__isnull=True) | Q(group__in=user.groups.all()))


class Category(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True)
    group = models.ForeignKey(
        Group,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forum_categories",
        verbose_name=_("private to"),
        help_text=_("Leave empty for a category every member can read; choose a working group for its private space."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forums:category", args=[self.slug])

    @property
    def is_private(self):
        return self.group_id is not None

    def readable_by(self, user):
        return Category.objects.readable_by(user).filter(pk=self.pk).exists()

    @property
    def audience(self):
        return [group_label(self.group_id)] if self.group_id else [MEMBERS]


class ThreadQuerySet(models.QuerySet):
    def readable_by(self, user):
        threads = self.filter(category__in=Category.objects.readable_by(user))
        return threads if getattr(user, "is_secretariat", False) else threads.filter(hidden=False)


class Thread(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_threads")
    created_at = models.DateTimeField(default=timezone.now)
    last_posted_at = models.DateTimeField(default=timezone.now, db_index=True)
    pinned = models.BooleanField(_("pinned"), default=False)
    locked = models.BooleanField(_("locked"), default=False)
    hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    # The language of the site the thread was started in, taken as the language it is written in.
    language = language_field()
    knowledge_item = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The consolidated reply curated from this thread."),
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        ordering = ["-pinned", "-last_posted_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forums:thread", args=[self.category.slug, self.pk])

    @property
    def search_key(self):
        return f"thread:{self.pk}"

    def visible_posts(self):
        return self.posts.filter(hidden=False)

    def first_post(self):
        return self.posts.order_by("created_at").first()

    def search_document(self):
        posts = list(self.visible_posts().order_by("created_at").values_list("body", flat=True))
        return {
            "title": self.title,
            "summary": (posts[0] if posts else "")[:400],
            "body": "\n\n".join(posts),
            "year": self.created_at.year,
            "date": self.last_posted_at.date(),
            "language": self.language,
        }


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="forum_posts")
    body = models.TextField(_("message"), max_length=MAX_POST_LENGTH)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    hidden = models.BooleanField(default=False)
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="forum_mentions")
    # The language of the site the post was written on, taken as the language it is written in.
    language = language_field()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.author} in {self.thread}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.thread.get_absolute_url()}?post={self.pk}#post-{self.pk}"

    def editable_by(self, user):
        """Authors edit their own posts, but not once a moderator has hidden the post or locked
        its thread; the Secretariat edits any post."""
        if getattr(user, "is_secretariat", False):
            return True
        return self.author_id == user.pk and not self.hidden and not self.thread.locked


class ReadMarker(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="read_markers")
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "thread"], name="one_read_marker_per_thread")]

    def __str__(self):
        return f"{self.user} read {self.thread} at {self.read_at:%Y-%m-%d %H:%M}"


class Subscription(models.Model):
    class Mode(models.TextChoices):
        IMMEDIATE = "immediate", _("Email me each new post")
        DIGEST = "digest", _("One email a day")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions")
    category = models.ForeignKey(
        Category, on_delete=models.CASCADE, null=True, blank=True, related_name="subscriptions"
    )
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.IMMEDIATE)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_subscription_per_thread"),
            models.UniqueConstraint(fields=["user", "category"], name="one_subscription_per_category"),
            models.CheckConstraint(
                condition=Q(thread__isnull=False, category__isnull=True)
                | Q(thread__isnull=True, category__isnull=False),
                name="subscription_to_a_thread_or_a_category",
            ),
        ]

    def __str__(self):
        return f"{self.user} follows {self.thread or self.category}"

    @property
    def target(self):
        return self.thread or self.category


class DigestItem(models.Model):
    """A post waiting for its reader's daily digest."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "post"], name="one_digest_entry_per_post")]

    def __str__(self):
        return f"{self.post} for {self.user}'s digest"


class PostReport(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.TextField(_("what is wrong with this post"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    resolution = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Report on {self.post}"
