"""Demo curation by the Secretariat: featured items, a reading path and review dates."""

# Case-study and report slugs (see case_studies.py and working_groups.py).
HOME_FEATURES = [
    ("hijacked-facebook-page-recovery-trinidad-tobago", "The question members ask most often"),
    ("election-day-misinformation-calls-for-peace-sierra-leone", "Calls for peace in a post-conflict election"),
    ("new-media-suva-2015-report", "Where the Network's new media guidance began"),
]

PRINCIPLE_FEATURES = {
    "responsive": [
        ("dedicated-social-media-team-escalation-kenya", "How a team decides what to answer, and who answers"),
    ],
    "accessible": [
        ("audio-accessible-website-visually-impaired-india", "Audio and screen-reader support in practice"),
    ],
}

READING_PATH = {
    "slug": "securing-official-accounts",
    "title": "Securing your official social media accounts",
    "summary": "A short path from the guide's advice on security of information to what EMBs did when an account was attacked.",
    "steps": [
        ("new-media-suva-2015-report", "Start with what the working group recommended on account security."),
        (
            "two-factor-authentication-phishing-drills-australia",
            "How one commission cut its administrators and trained staff against phishing.",
        ),
        (
            "hijacked-facebook-page-recovery-trinidad-tobago",
            "What recovery looks like when an account is taken over anyway.",
        ),
        (
            "staff-social-media-code-of-conduct-malawi",
            "The code of conduct that keeps staff accounts from becoming a risk.",
        ),
    ],
}

# Items whose lessons-learned review is due (in the past), to show the Secretariat's list.
OVERDUE_REVIEWS = {
    "hijacked-facebook-page-recovery-trinidad-tobago": "2025-06-30",
    "sms-text-messages-rural-voters-zambia": "2026-01-31",
}
