"""Small pieces every app's wagtail_hooks.py uses: audit-trail actions and Secretariat-only menu items."""

from wagtail.admin.menu import MenuItem


def register_actions(actions, table):
    """Register audit-trail actions from a table of {action: (label, message)}."""
    for action, (label, message) in table.items():
        actions.register_action(action, label, message)


class SecretariatMenuItem(MenuItem):
    """An admin menu item only the Secretariat sees."""

    def is_shown(self, request):
        return request.user.is_secretariat
