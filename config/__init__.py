"""The project: settings, URLs, the WSGI entry point, health checks, backup and restore.

The composition root: it may import every app, and no app imports it."""
