"""Demo curation by the Secretariat: featured items, a reading path and review dates."""

from demo.datafiles import read

DATA = read("curation")

# Case-study and report slugs (see case_studies.py and working_groups.py).
HOME_FEATURES = DATA["HOME_FEATURES"]

PRINCIPLE_FEATURES = DATA["PRINCIPLE_FEATURES"]

READING_PATH = DATA["READING_PATH"]

# Items whose lessons-learned review is due (in the past), to show the Secretariat's list.
OVERDUE_REVIEWS = {
    "hijacked-facebook-page-recovery-trinidad-tobago": "2025-06-30",
    "sms-text-messages-rural-voters-zambia": "2026-01-31",
}
