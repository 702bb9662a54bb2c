"""The Secretariat's permissions on a database migrated from nothing (the test database is)."""

import pytest
from django.contrib.auth.models import Group

from members.models import SECRETARIAT_GROUP

pytestmark = pytest.mark.django_db


def test_a_new_database_gives_the_secretariat_every_permission_its_screens_need():
    # Each of these apps grants its permissions in a post_migrate handler that runs before Django
    # has made them on a new database: they were missing until the handlers made them first.
    granted = set(
        Group.objects.get(name=SECRETARIAT_GROUP).permissions.values_list("content_type__app_label", "codename")
    )
    assert {
        ("members", "add_invitation"),
        ("members", "change_membershiprequest"),
        ("members", "view_memberprofile"),
        ("questions", "add_holiday"),
        ("questions", "change_holiday"),
        ("emailreplies", "view_inboundmessage"),
        ("wagtail_localize", "submit_translation"),
        ("cen_portal", "change_country"),
        ("wagtailadmin", "access_admin"),
    } <= granted
    assert ("emailreplies", "change_inboundmessage") not in granted  # what came in is never edited
