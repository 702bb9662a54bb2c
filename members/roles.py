"""The Secretariat role: who curates, admits and moderates. Kept in step after every migrate."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import SECRETARIAT_GROUP

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]
COLLECTION_PERMISSIONS = {
    "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
}
MODEL_PERMISSIONS = {
    "cen_portal": ["keyprinciple", "practicearea", "region", "country", "electionmanagementbody"],
    "members": ["invitation", "membershiprequest", "memberprofile"],
}


def ensure_secretariat_group(using="default"):
    # On a new database Django makes an app's permissions after this post_migrate handler has
    # run (django.contrib.auth comes later in INSTALLED_APPS): make those granted here first.
    for app_label in [*MODEL_PERMISSIONS, "wagtail_localize"]:
        create_permissions(apps.get_app_config(app_label), verbosity=0, using=using)
    group, _created = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"))
    for app_label, models in MODEL_PERMISSIONS.items():
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, content_type__model__in=models)
        )
    # The "Translate" action of pages and of the taxonomy's snippets (wagtail-localize).
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for permission in Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    return group


def secretariat_reads_restricted_pages(restrictions=None):
    """The Secretariat reads every page kept for particular groups (working groups' private
    pages), as it reads their forums and sees them in search: add it wherever it is missing."""
    group = Group.objects.filter(name=SECRETARIAT_GROUP).first()
    if group is None:
        return
    if restrictions is None:
        restrictions = PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.GROUPS)
    for restriction in restrictions.exclude(groups=group):
        restriction.groups.add(group)


REVIEW_WORKFLOW = "Secretariat review"


def ensure_review_workflow(group):
    """Everything published on the portal passes the Secretariat's review: submitters
    send pages to it, the Secretariat approves or requests changes with a comment.
    (The Secretariat itself may still publish directly.)"""
    root_page = Page.get_first_root_node()
    if root_page is None:
        return None
    workflow, _created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=REVIEW_WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW)
    task.groups.add(group)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return workflow
