"""Create (or reset) the demo Secretariat administrator and print its credentials.

The password is new on every run and never stored in the repository.
"""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from cen_portal.groups import SECRETARIAT_GROUP


class Command(BaseCommand):
    help = "Create or reset the demo Secretariat admin account and print its sign-in details."

    def add_arguments(self, parser):
        parser.add_argument("--email", default="secretariat@cen.example.org")

    def handle(self, *args, email, **options):
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": "Demo", "last_name": "Secretariat"}
        )
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(password)
        user.save()
        group, _created = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
        user.groups.add(group)
        action = "Created" if created else "Reset the password of"
        self.stdout.write(self.style.SUCCESS(f"{action} the demo Secretariat admin account."))
        self.stdout.write(
            f"  Sign in at http://127.0.0.1:8000/admin/ with\n  email:    {email}\n  password: {password}"
        )
