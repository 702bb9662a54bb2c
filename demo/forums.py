"""Demo forum content: categories, two illustrative members and a few threads."""

CATEGORIES = [
    {
        "slug": "general",
        "name": "General exchange",
        "description": "Questions for peers on any part of election management.",
    },
    {
        "slug": "election-day",
        "name": "Election day and results",
        "description": "Polling-day operations, incident handling and the publication of results.",
    },
    {
        "slug": "social-media",
        "name": "Social media and new media",
        "description": "Running official channels, answering the public and dealing with misinformation.",
    },
]

# Illustrative people: their accounts cannot sign in (no usable password).
MEMBERS = [
    {
        "email": "demo.fiji@cen.example.org",
        "first_name": "Demo",
        "last_name": "Member (Fiji)",
        "emb": "feo",
        "groups": ["new-media"],
    },
    {
        "email": "demo.ghana@cen.example.org",
        "first_name": "Demo",
        "last_name": "Member (Ghana)",
        "emb": "ec-gh",
        "groups": [],
    },
]

THREADS = [
    {
        "category": "social-media",
        "title": "Getting a hijacked page back before polling day",
        "posts": [
            (
                "demo.ghana@cen.example.org",
                "Illustrative thread. If an official page were taken over a week before polling, who did you call first at the platform, and how long did recovery take?",
            ),
            (
                "demo.fiji@cen.example.org",
                "Illustrative reply. We keep a named contact at each platform and re-confirm it before every election; with that in place a recovery took hours, not days. Two-factor authentication on every administrator account matters as much.",
            ),
        ],
    },
    {
        "category": "wg:new-media",
        "title": "Draft checklist for the next guide update",
        "posts": [
            (
                "demo.fiji@cen.example.org",
                "Illustrative thread in the working group's private space: a first list of items to add on rumour handling and account security.",
            ),
        ],
    },
]
