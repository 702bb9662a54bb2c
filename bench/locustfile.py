"""The portal's load scenario for locust (run by bench/load.py; see `make load`).

Three kinds of people, weighted as a working day might be:
- readers (anonymous, 6): the home page, a listing, a case study, the search page with and
  without facets, the JSON search API;
- members (3): sign in, browse the forums, read threads, now and then reply or start a
  thread, and sign in again as a new session would;
- working-group members (1): sign in with their second factor and save a draft of one of
  their group's reports in the admin.
Accounts come from bench/load_accounts.py (LOAD_ACCOUNTS names its JSON file). Every request
is named for its endpoint, so the table has one row per endpoint whatever the URL, and, when
LOAD_SAMPLES names a file, written there as it ends (endpoint, milliseconds, failed, seconds
from the run's start to the request's) so that bench/load.py takes its percentiles from every
sample of several runs, leaving out those sent while the people were still arriving. LOAD_THINK
sets the pause between a person's steps ("1,3" seconds by default); LOAD_SIGN_INS names the file that
keeps sign-ins within allauth's limit across runs.
"""

import base64
import hashlib
import hmac
import html
import itertools
import json
import os
import random
import re
import struct
import time
import uuid
from html.parser import HTMLParser

from locust import HttpUser, between, events, task

QUERIES = [
    "voter registration",
    "social media",
    "hacked account",
    "results transmission",
    "campaign finance",
    "independence of election management bodies",
    "accessible polling stations",
    "voter education",
    "disinformation",
    "counting and tabulation",
    "election observation",
    "incumbency",
]
FACETS = ["", "&kind=case-study", "&principle=accessible", "&region=africa", "&sort=newest"]


def load_accounts():
    path = os.environ.get("LOAD_ACCOUNTS")
    if not path:
        return {"password": "", "name": "", "members": [], "group_members": []}
    with open(path) as handle:
        return json.load(handle)


ACCOUNTS = load_accounts()
THINK = [float(seconds) for seconds in os.environ.get("LOAD_THINK", "1,3").split(",")]
# allauth allows 30 sign-ins a minute from one network address ("login": "30/m/ip"), and every
# person here comes from the same one: sign-ins stay within a margin of that, counted across
# the runs of one load test in the file LOAD_SIGN_INS names (each round is a process of its own).
SIGN_INS_PER_MINUTE = 20
SIGN_INS = os.environ.get("LOAD_SIGN_INS")
SAMPLES = open(os.environ["LOAD_SAMPLES"], "a", buffering=1) if os.environ.get("LOAD_SAMPLES") else None  # noqa: SIM115
STARTED = time.monotonic()


@events.test_start.add_listener
def start_clock(**_details):
    global STARTED
    STARTED = time.monotonic()


@events.request.add_listener
def record_sample(name, response_time, exception, **_details):
    if SAMPLES:
        sent = time.monotonic() - STARTED - response_time / 1000
        SAMPLES.write(f"{name}\t{response_time:.2f}\t{int(exception is not None)}\t{sent:.2f}\n")


# Each run starts with the accounts after the last run's (LOAD_FIRST_PERSON): a group member
# signed in again within the same 30 seconds would offer a code already used, and be refused.
NEXT_MEMBER = itertools.count(int(os.environ.get("LOAD_FIRST_PERSON", "0")))
NEXT_GROUP_MEMBER = itertools.count(int(os.environ.get("LOAD_FIRST_PERSON", "0")))
LINK = re.compile(r'href="(/[^"#?]*)"')
DRAFT_MARK = re.compile(r"\s*\[load \w+\]$")


def totp(secret, at=None):
    """The six-digit code an authenticator app shows (RFC 6238, 30-second steps)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = struct.pack(">Q", int(at or time.time()) // 30)
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with the given id (no buttons)."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.fields = form_id, False, []
        self.textarea = self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in ("submit", "button", "file", "image"):
            if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                self.fields.append((name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = name
        elif tag == "option" and self.select and "selected" in attrs:
            self.fields.append((self.select, attrs.get("value", "")))

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select":
            self.select = None


class PortalUser(HttpUser):
    abstract = True
    wait_time = between(*THINK)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A connection per request, as nginx makes to gunicorn's sync workers in production
        # (deploy/nginx.conf.example), whatever the server this runs against would keep: a kept
        # connection closed while a person pauses would need the request sent again, which this
        # client does not do, and retrying here could send a form twice.
        self.client.headers["Connection"] = "close"

    def csrf(self):
        return self.client.cookies.get("csrftoken", "")

    @staticmethod
    def may_sign_in():
        """Whether a sign-in now stays within allauth's limit (the sign-in is then counted)."""
        now = time.time()
        recent = []
        if SIGN_INS and os.path.exists(SIGN_INS):
            with open(SIGN_INS) as handle:
                recent = [at for at in map(float, handle.read().split()) if now - at < 60]
        if len(recent) >= SIGN_INS_PER_MINUTE:
            return False
        if SIGN_INS:
            with open(SIGN_INS, "a") as handle:
                handle.write(f"{now}\n")
        return True

    def sign_in_when_allowed(self, email, totp_secret=None):
        """A person arriving signs in as soon as the limit allows (one who can wait)."""
        while not self.may_sign_in():
            time.sleep(1)
        self.sign_in(email, totp_secret)

    def sign_in(self, email, totp_secret=None):
        self.client.get("/en/accounts/login/", name="sign in")
        response = self.client.post(
            "/en/accounts/login/",
            {"login": email, "password": ACCOUNTS["password"], "csrfmiddlewaretoken": self.csrf()},
            name="sign in",
        )
        if totp_secret and response.url.endswith("/en/accounts/2fa/authenticate/"):
            # A code shown in its last seconds may reach the server once the next one has
            # replaced it (allauth allows no drift): a person waits for the next code instead.
            # Under load, two group members signing in together were both refused this way.
            remaining = 30 - time.time() % 30
            if remaining < 5:
                time.sleep(remaining)
            self.client.post(
                "/en/accounts/2fa/authenticate/",
                {"code": totp(totp_secret), "csrfmiddlewaretoken": self.csrf()},
                name="sign in",
            )
        # Signed in only if the member's own page greets them by name (a refused sign-in
        # answers 200 too, with the form again).
        with self.client.get("/en/members/", name="signed in?", catch_response=True) as page:
            if f"Welcome, {ACCOUNTS['name']}" not in page.text:
                page.failure("not signed in")

    def shows(self, url, text, name):
        """Counts a failure unless the page at `url` now shows `text` (what was just saved)."""
        with self.client.get(url, name=name, catch_response=True) as page:
            if text not in html.unescape(page.text):
                page.failure(f"{text!r} is not on the page")


class Reader(PortalUser):
    weight = 6
    case_studies = []

    def on_start(self):
        if not Reader.case_studies:
            page = self.client.get("/en/case-studies/", name="listing").text
            Reader.case_studies = sorted(
                {link for link in LINK.findall(page) if link.startswith("/en/case-studies/") and link.count("/") == 4}
            )

    @task(2)
    def home(self):
        self.client.get("/en/", name="home")

    @task(2)
    def listing(self):
        self.client.get(
            random.choice(["/en/case-studies/", "/en/working-groups/outputs/", "/en/instruments/"]), name="listing"
        )

    @task(3)
    def case_study(self):
        if self.case_studies:
            self.client.get(random.choice(self.case_studies), name="case study")

    @task(3)
    def search_page(self):
        self.client.get(f"/en/search/?q={random.choice(QUERIES)}{random.choice(FACETS)}", name="search page")

    @task(2)
    def search_api(self):
        self.client.get(f"/api/v1/search?q={random.choice(QUERIES)}", name="search API")


class Member(PortalUser):
    weight = 3

    def on_start(self):
        members = ACCOUNTS["members"]
        self.email = members[next(NEXT_MEMBER) % len(members)] if members else None
        self.threads, self.categories = [], []
        if not self.email:
            return
        self.sign_in_when_allowed(self.email)
        self.browse_forums()
        # A member who opens the forums reads a thread there and then, not only after a wait:
        # on a slow machine a short run could otherwise end with members that never read one.
        self.read_thread()

    @task(1)
    def browse_forums(self):
        """The forum index, then each category's threads (every category the first time)."""
        if not self.email:
            return
        index = self.client.get("/en/forums/", name="forum index").text
        pages = {"code-of-conduct", "notifications", "follow", "moderation"}
        self.categories = sorted(
            link
            for link in set(LINK.findall(index))
            if re.fullmatch(r"/en/forums/[\w-]+/", link) and link[11:-1] not in pages
        )
        for category in self.categories if not self.threads else random.sample(self.categories, 1):
            page = self.client.get(category, name="forum category").text
            self.threads += [link for link in LINK.findall(page) if re.fullmatch(r"/en/forums/[\w-]+/\d+/", link)]
        self.threads = sorted(set(self.threads))

    @task(1)
    def new_thread(self):
        if self.categories:
            self.start_thread(random.choice(self.categories))

    @task(1)
    def sign_in_again(self):
        """A new session, as a member who comes back another day."""
        if self.email and self.may_sign_in():
            self.client.post("/en/accounts/logout/", {"csrfmiddlewaretoken": self.csrf()}, name="sign out")
            self.sign_in(self.email)

    def start_thread(self, category):
        self.client.get(f"{category}new/", name="new thread form")
        with self.client.post(
            f"{category}new/",
            {
                "title": f"Load test: how do you plan polling-day staffing? ({uuid.uuid4().hex[:8]})",
                "body": "We are reviewing our staffing plan and would value your experience.",
                "csrfmiddlewaretoken": self.csrf(),
            },
            name="new thread",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                self.threads.append(response.headers["Location"])
            else:
                response.failure(f"thread not started ({response.status_code})")

    @task(4)
    def read_thread(self):
        if self.threads:
            self.client.get(random.choice(self.threads), name="forum thread")

    @task(1)
    def reply(self):
        if not self.threads:
            return
        thread = random.choice(self.threads)
        self.client.get(thread, name="forum thread")
        text = f"Load test reply {uuid.uuid4().hex[:12]}: we saw the same."
        with self.client.post(
            f"{thread}reply/",
            {"body": text, "csrfmiddlewaretoken": self.csrf()},
            name="forum reply",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"reply not saved ({response.status_code})")
                return
            posted = response.headers["Location"].partition("#")[0]
        # A redirect alone proves nothing (the sign-in page redirects too): the reply is on
        # the thread's page the redirect names.
        self.shows(posted, text, "forum thread")


class GroupMember(PortalUser):
    weight = 1

    def on_start(self):
        # Only those whose group has a report to edit.
        people = [person for person in ACCOUNTS["group_members"] if person["report_id"]]
        self.report_id = None
        if not people:
            return
        person = people[next(NEXT_GROUP_MEMBER) % len(people)]
        self.sign_in_when_allowed(person["email"], person["totp_secret"])
        self.report_id = person["report_id"]

    @task
    def save_draft(self):
        if not self.report_id:
            return
        url = f"/admin/pages/{self.report_id}/edit/"
        page = self.client.get(url, name="draft edit form")
        form = FormFields("page-edit-form")
        form.feed(page.text)
        # The draft's title carries a new mark each time, so the saved draft can be told apart.
        mark = f"[load {uuid.uuid4().hex[:8]}]"
        fields = [
            (name, f"{DRAFT_MARK.sub('', value)} {mark}" if name == "title" else value)
            for name, value in form.fields
            if name != "csrfmiddlewaretoken"
        ]
        fields.append(("csrfmiddlewaretoken", self.csrf()))
        with self.client.post(url, fields, name="draft save", allow_redirects=False, catch_response=True) as response:
            if response.status_code != 302:
                response.failure(f"draft not saved ({response.status_code})")
                return
        self.shows(url, mark, "draft edit form")
