"""Role changes go into the audit trail, whoever makes them and wherever."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

from .roles import secretariat_reads_restricted_pages


@receiver(m2m_changed, sender=get_user_model().groups.through)
def roles_changed(sender, instance, action, pk_set, reverse, **kwargs):
    if action not in {"post_add", "post_remove"} or not pk_set:
        return
    if reverse:  # group.user_set changed: instance is the group
        users, groups = get_user_model().objects.filter(pk__in=pk_set), [instance]
    else:
        users, groups = [instance], Group.objects.filter(pk__in=pk_set)
    verb = "members.role_add" if action == "post_add" else "members.role_remove"
    for user in users:
        for group in groups:
            log(user, verb, data={"email": user.email, "role": group.name})


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def group_restriction_changed(sender, instance, action, reverse, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        restriction = PageViewRestriction.objects.filter(pk=instance.pk, restriction_type=PageViewRestriction.GROUPS)
        secretariat_reads_restricted_pages(restriction)
