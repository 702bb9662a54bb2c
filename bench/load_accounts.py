"""The accounts the load test signs in with, created (or reset) in the portal's database.

    DJANGO_SETTINGS_MODULE=... DATABASE_URL=... python bench/load_accounts.py > accounts.json

- members: admitted EMB members (verified address, code of conduct accepted) who read and
  post in the open forums;
- working-group members: members of a working group's members group, with an authenticator
  app (the admin needs two-factor authentication), each with a report of their group to edit.
Every password is new on each run; the JSON on stdout is all the load test needs.
"""

import json
import os
import secrets
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from allauth.mfa.models import Authenticator  # noqa: E402
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret  # noqa: E402
from django.db import transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from cen_portal.taxonomy import ElectionManagementBody  # noqa: E402
from members.models import MemberProfile, User  # noqa: E402
from workinggroups.models import ReportPage, WorkingGroupPage  # noqa: E402

MEMBERS = 20
GROUP_MEMBERS = 5
FIRST_NAME, LAST_NAME = "Load", "Test"


def account(email, password):
    user, _created = User.objects.get_or_create(
        email=email, defaults={"first_name": FIRST_NAME, "last_name": LAST_NAME}
    )
    user.set_password(password)
    user.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    MemberProfile.objects.update_or_create(
        user=user,
        defaults={
            "handle": email.split("@")[0],
            "emb": ElectionManagementBody.objects.order_by("pk").first(),
            "code_of_conduct_accepted_at": timezone.now(),
        },
    )
    return user


@transaction.atomic
def main():
    password = secrets.token_urlsafe(16)
    members = [account(f"load-member-{n:02}@load.example.org", password) for n in range(1, MEMBERS + 1)]
    groups = [page for page in WorkingGroupPage.objects.live().order_by("pk") if page.member_group_id]
    group_members = []
    for n in range(1, GROUP_MEMBERS + 1):
        page = groups[(n - 1) % len(groups)]
        report = ReportPage.objects.child_of(page).order_by("pk").first()
        user = account(f"load-group-member-{n:02}@load.example.org", password)
        user.groups.add(page.member_group)
        Authenticator.objects.filter(user=user).delete()
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        group_members.append({"email": user.email, "totp_secret": secret, "report_id": report.pk if report else None})
    json.dump(
        {
            "password": password,
            "name": f"{FIRST_NAME} {LAST_NAME}",  # how the member's page greets them once signed in
            "members": [user.email for user in members],
            "group_members": group_members,
        },
        sys.stdout,
        indent=2,
    )


if __name__ == "__main__":
    main()
