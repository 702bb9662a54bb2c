"""The production drills of issue 11, against the drills' own topology (see conftest.py).

Each drill prints what it measured. They assert outcomes a reader or the Secretariat would
notice (errors, lost updates, emails sent twice), never wall-clock times. `make test` runs
them short; `make drills` runs them longer (OPS_LOAD_SECONDS).
"""

import hashlib
import json
import os
import shutil
import socketserver
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.ops.conftest import REPO, Load, engine_get, prod_local, shell, wait_until
from tests.template_db import migrations_digest, sqlite_template

sys.path.insert(0, str(REPO / "bench"))

import load as load_bench  # noqa: E402  (bench/load.py)

pytestmark = pytest.mark.ops

LOAD_SECONDS = int(os.environ.get("OPS_LOAD_SECONDS", "15"))
SEARCHES = ["/en/search/?q=voter+registration", "/api/v1/search?q=social+media", "/api/v1/search?q=campaign+finance"]
PAGES = ["/", "/en/case-studies/", "/en/search/?q=hacked+account&principle=accessible"]


def report(capsys, title, lines):
    with capsys.disabled():
        print(f"\n[drill] {title}")
        for line in lines:
            print(f"    {line}")


def cluster(*args):
    subprocess.run([sys.executable, str(REPO / "devtools" / "cluster.py"), *map(str, args)], check=True)


def cluster_health(topology):
    return engine_get(topology, "/_cluster/health").get("status")


def failures(load):
    return [answer for answer in load.answers if answer.status >= 500 or answer.status == 0]


def retitle_case_studies(topology, label, count=3):
    """Publish new titles for some case studies (the worker indexes them); returns {key: title}."""
    return shell(
        topology,
        f"""
import json
from casestudies.models import CaseStudyPage
changed = {{}}
for page in CaseStudyPage.objects.live().order_by("pk")[:{count}]:
    page.title = page.title.split(" [")[0] + " [{label}]"
    page.save_revision().publish()
    changed[f"page:{{page.pk}}"] = page.title
print(json.dumps(changed))
""",
    )


def outbox(topology):
    return shell(
        topology,
        """
import json
from search.models import IndexSync, KnowledgeItem
print(json.dumps({"engine": IndexSync.objects.pending_engine().count(),
                  "database": IndexSync.objects.pending_database().count(),
                  "items": KnowledgeItem.objects.count()}))
""",
    )


def engine_count(topology):
    return engine_get(topology, f"/{topology.index}/_count").get("count")


def test_drill_1_load_at_one_and_twenty_users(topology, capsys, tmp_path):
    accounts = load_bench.create_accounts(topology, tmp_path)
    runs = {
        # One user is each kind of person in turn, for a third of the step each.
        1: load_bench.run_locust(topology.url, accounts, 1, max(5, LOAD_SECONDS // 3), tmp_path),
        20: load_bench.run_locust(topology.url, accounts, 20, LOAD_SECONDS, tmp_path),
    }
    with capsys.disabled():
        print("\n[drill] 1. Load (locust, bench/locustfile.py)")
        load_bench.print_table(runs)
    errors = {
        users: {name: row["failures"] for name, row in stats.items() if row["failures"]}
        for users, stats in runs.items()
    }
    assert errors == {1: {}, 20: {}}
    # At one user, each kind of person in turn: a reader, a member in the forums, a group member.
    assert {"search page", "forum thread", "draft save"} <= set(runs[1])
    # Every kind of person was at work: readers, members in the forums, a group member's draft.
    assert {"search page", "search API", "case study", "sign in"} <= set(runs[20])
    assert {"new thread", "forum thread", "forum reply"} & set(runs[20])


def test_drill_2_an_engine_node_dies_under_load(topology, capsys):
    manager = engine_get(topology, "/_cat/cluster_manager?format=json")[0]["node"]
    # SEARCH_URL names node 1; any other node may die without the portal noticing.
    victim = int(manager.rsplit("-", 1)[1]) if not manager.endswith("-1") else 2
    seen = []
    with Load(topology.url, SEARCHES + PAGES) as load:
        time.sleep(3)
        cluster("kill", victim)
        seen.append(wait_until(lambda: (status := cluster_health(topology)) != "green" and status, 60, 0.5))
        changed = retitle_case_studies(topology, "drill 2")
        wait_until(lambda: outbox(topology)["engine"] == 0, 120, 2, "the outbox draining")
        cluster("start-node", victim)
        seen.append(wait_until(lambda: cluster_health(topology) == "green" and "green", 180, 1, "green"))
    api = [answer for answer in load.answers if answer.fallback is not None]
    indexed = {
        key: engine_get(topology, f"/{topology.index}/_doc/{key}").get("_source", {}).get("title") for key in changed
    }
    report(
        capsys,
        "2. An engine node dies under load",
        [
            f"killed node {victim} (cluster manager: {manager}); health seen: {' -> '.join(seen)}",
            f"{load.summary()}; API searches answered by the engine: "
            f"{sum(not answer.fallback for answer in api)}/{len(api)}",
            f"updated during the outage and found in the index: {sum(indexed[k] == t for k, t in changed.items())}/{len(changed)}",
        ],
    )
    assert failures(load) == []
    assert api and not any(answer.fallback for answer in api)
    assert seen == ["yellow", "green"]
    assert indexed == changed


def test_drill_3_the_whole_engine_dies(topology, capsys):
    with Load(topology.url, SEARCHES + PAGES) as load:
        time.sleep(3)
        for node in (1, 2, 3):
            cluster("kill", node)
        down_at = time.time()
        wait_until(lambda: load.fetch("/api/v1/search?q=voter").fallback, 60, 1, "the database answering searches")
        notice = urlread(topology.url + "/en/search/?q=voter")
        changed = retitle_case_studies(topology, "drill 3")
        held = wait_until(lambda: (box := outbox(topology))["database"] == 0 and box["engine"] >= len(changed) and box,
                          120, 2, "the outbox holding the changes")  # fmt: skip
        cluster("start")
        back_at = time.time()
        wait_until(lambda: load.fetch("/api/v1/search?q=voter").fallback is False, 180, 2, "the engine answering")
        drained = wait_until(lambda: (box := outbox(topology))["engine"] == 0 and box, 180, 2, "the outbox draining")
    counts = {"engine": engine_count(topology), "database": drained["items"]}
    report(
        capsys,
        "3. The whole engine dies",
        [
            f"{load.summary()}; engine down for {back_at - down_at:.0f}s",
            f"search page during the outage: notice shown: {b'Basic search in use' in notice}",
            f"outbox held {held['engine']} updates for the engine; drained after restart",
            f"documents: engine {counts['engine']}, database {counts['database']}",
        ],
    )
    assert failures(load) == []
    assert b"Basic search in use" in notice
    assert counts["engine"] == counts["database"]
    for key, title in changed.items():
        assert engine_get(topology, f"/{topology.index}/_doc/{key}")["_source"]["title"] == title


def urlread(url):
    import urllib.request

    with urllib.request.urlopen(url, timeout=20) as response:
        return response.read()


class SlowSmtp(socketserver.ThreadingTCPServer):
    """An SMTP server that takes its time over each message and remembers every recipient."""

    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, delay):
        self.delay, self.messages, self.started = delay, [], 0  # messages: (recipient, body digest)
        super().__init__(("127.0.0.1", 0), SmtpHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def port(self):
        return self.server_address[1]


class SmtpHandler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        self.reply("220 drill ESMTP")
        recipients = []
        while line := self.rfile.readline().decode(errors="replace").strip():
            verb = line.split(" ")[0].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 drill")
            elif verb == "RCPT":
                recipients.append(line.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.server.started += 1
                self.reply("354 go ahead")
                lines = []
                while (data := self.rfile.readline()) not in (b".\r\n", b".\n"):
                    if not data:
                        return  # the sender died mid-message: nothing was delivered
                    lines.append(data)
                time.sleep(self.server.delay)
                message = b"".join(lines)
                body = message.split(b"\r\n\r\n", 1)[-1]  # headers (Date, Message-ID) differ on a resend
                self.server.messages += [(recipient, hashlib.sha256(body).hexdigest()) for recipient in recipients]
                recipients = []
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:  # MAIL, RSET, NOOP
                self.reply("250 OK")


def count(topology, sql):
    return int(prod_local.psql(topology.saved()["pg_port"], sql, topology.database))


def running_tasks(topology, task):
    return count(
        topology,
        f"SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status = 'RUNNING' AND task_path LIKE '%.{task}'",
    )


def pending_for_engine(topology):
    return count(
        topology,
        "SELECT count(*) FROM search_indexsync WHERE engine_synced_at IS NULL OR engine_synced_at < requested_at",
    )


def queue_empty(topology):
    return not count(
        topology, "SELECT count(*) FROM django_tasks_database_dbtaskresult WHERE status IN ('READY', 'RUNNING')"
    )


NOTIFICATION_BATCH = """
import json
from cen_portal.taxonomy import ElectionManagementBody
from forums import actions
from forums.models import Category
from members.models import MemberProfile, User
emb = ElectionManagementBody.objects.order_by("pk").first()
people = []
for n in range(9):
    user, _ = User.objects.get_or_create(email=f"drill4-{n}@drill.example.org")
    MemberProfile.objects.get_or_create(user=user, defaults={"handle": f"drill4-{n}", "emb": emb})
    people.append(user)
thread = actions.start_thread(Category.objects.get(slug="general"), people[0], "Drill 4: counting-centre layouts", "Plans?")
for person in people[1:8]:
    actions.follow(person, thread=thread)
actions.reply(thread, people[8], "Ours is on the portal.")
# The thread's first post reaches everyone but its author, the reply everyone but its author.
print(json.dumps([p.email for p in people[1:]] + [p.email for p in people[:8]]))
"""

INDEX_BATCH = """
import json
from django.utils import timezone
from search.models import IndexSync
from search.tasks import process_index_updates
IndexSync.objects.update(requested_at=timezone.now())
process_index_updates.enqueue()
print(IndexSync.objects.count())
"""


def test_drill_4_the_worker_is_killed_mid_batch_and_restarted(topology, capsys):
    sink = SlowSmtp(delay=0.5)
    topology.env_overrides.update(
        {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend", "EMAIL_HOST": "127.0.0.1",
         "EMAIL_PORT": str(sink.port)}
    )  # fmt: skip
    requeued_before = (topology.state / "worker.log").read_text().count("Requeued 1 interrupted task(s)")
    topology.stop_worker()
    try:
        # A new thread and a reply, eight followers each: sixteen emails, half a second apiece.
        recipients = shell(topology, NOTIFICATION_BATCH)
        topology.start_worker()
        # Killed while the third message is being sent, so inside a task.
        wait_until(lambda: sink.started >= 3, 120, 0.05, "the third email")
        topology.kill_db_worker()
        emailed_before_kill = len(sink.messages)
        # Its loop (systemd's Restart=always) requeues the interrupted task and starts db_worker again.
        wait_until(lambda: queue_empty(topology), 180, 1, "the emails going out")
        time.sleep(3)  # anything sent twice would arrive now

        # Every knowledge item changed at once: one long index batch, killed while it runs.
        keys = shell(topology, INDEX_BATCH)
        wait_until(lambda: running_tasks(topology, "process_index_updates"), 120, 0.05, "the index batch starting")
        killed = topology.kill_db_worker()
        pending_at_kill = pending_for_engine(topology)
        drained = wait_until(lambda: (box := outbox(topology))["engine"] == 0 and box["database"] == 0 and box,
                             300, 2, "the outbox draining")  # fmt: skip
    finally:
        topology.env_overrides.clear()
        topology.stop_worker()
        topology.start_worker()
        sink.shutdown()
    requeued = (topology.state / "worker.log").read_text().count("Requeued 1 interrupted task(s)") - requeued_before
    report(
        capsys,
        "4. The worker is killed mid-batch and restarted",
        [
            f"killed during the notification emails after {emailed_before_kill} of {len(recipients)}; "
            f"emails delivered in all: {len(sink.messages)}, {len(set(sink.messages))} different "
            "(the one in flight at the kill may be lost: at most once, never twice)",
            f"killed during the index batch with {pending_at_kill} of {keys} updates pending for the engine",
            f"interrupted tasks requeued on restart: {requeued}",
            f"index afterwards: engine {engine_count(topology)} documents, database {drained['items']}, pending 0",
        ],
    )
    assert 0 < emailed_before_kill < len(recipients) and killed
    delivered, expected = Counter(recipient for recipient, _body in sink.messages), Counter(recipients)
    assert len(sink.messages) == len(set(sink.messages))  # no message twice
    assert not delivered - expected  # nobody more often than the posts they follow
    assert sum((expected - delivered).values()) <= 1  # at most the one in flight at the kill
    assert requeued == 2
    assert engine_count(topology) == drained["items"]


def test_drill_5_postgresql_restarts_under_load(topology, capsys):
    web_pid = topology.web_pid()
    with Load(topology.url, PAGES + SEARCHES + ["/en/working-groups/outputs/"]) as load:
        time.sleep(5)
        began = time.time()
        prod_local.restart_postgres(topology.pg_cluster)
        ended = time.time()
        time.sleep(max(10, LOAD_SECONDS))
    # Requests in flight from just before the restart to 5 s after it (a slow page started
    # earlier is still waiting on the database when it goes).
    window = (began - 1, ended + 5)
    failed = failures(load)
    outside = [answer for answer in failed if not answer.overlaps(*window)]
    after = [answer for answer in load.answers if answer.at > window[1]]
    report(
        capsys,
        "5. PostgreSQL restarts under load",
        [
            f"restart took {ended - began:.1f}s; {load.summary()}",
            f"failures inside the restart window: {len(failed) - len(outside)}, outside it: {len(outside)}",
            f"after the window: {sum(a.status == 200 for a in after)}/{len(after)} answered 200; "
            f"gunicorn pid unchanged: {topology.web_pid() == web_pid}",
        ],
    )
    assert outside == []
    assert after and all(answer.status == 200 for answer in after)
    assert topology.web_pid() == web_pid
    wait_until(topology.db_worker_pid, 30, 1, "the worker running")


def test_drill_6_backup_and_restore_into_an_empty_database(topology, capsys, tmp_path):
    started = time.monotonic()
    result = topology.manage("backup_portal", "--output", str(tmp_path), capture=True)
    folder = Path(result.stdout.strip().splitlines()[-1])
    backed_up = time.monotonic() - started
    before = json.loads((folder / "manifest.json").read_text())["inventory"]

    restored = prod_local.Topology(
        name="ops-restore", port=topology.port, database="cen_ops_restore", pg_cluster="ops", index="cen-ops-restore"
    )
    port = topology.saved()["pg_port"]
    prod_local.psql(port, 'DROP DATABASE IF EXISTS "cen_ops_restore" WITH (FORCE)')
    prod_local.psql(port, 'CREATE DATABASE "cen_ops_restore"')
    subprocess.run(["rm", "-rf", str(restored.state / "media")], check=True)
    started = time.monotonic()
    restore = restored.manage("restore_portal", str(folder), capture=True, check=False)
    restore_seconds = time.monotonic() - started
    after = shell(restored, "import json; from config.backup import inventory; print(json.dumps(inventory()))")
    items = shell(restored, "from search.models import KnowledgeItem; print(KnowledgeItem.objects.count())")
    searched = engine_get(restored, f"/{restored.index}/_count").get("count")
    try:
        report(
            capsys,
            "6. Backup and restore (PostgreSQL + media)",
            [
                f"backup {backed_up:.0f}s ({sum(f.stat().st_size for f in folder.iterdir()) // 1024} KB), "
                f"restore with index rebuild {restore_seconds:.0f}s",
                *(f"{key}: {value} -> {after[key]}" for key, value in before.items() if isinstance(value, int)),
                f"document checksums matching: "
                f"{sum(after['document_checksums'].get(k) == v for k, v in before['document_checksums'].items())}"
                f"/{len(before['document_checksums'])}; restored index: {searched} documents",
            ],
        )
        assert restore.returncode == 0, restore.stdout[-2000:] + restore.stderr[-2000:]
        assert after == before
        assert before["documents"] and before["forum_posts"] and before["members"]
        assert searched == items > 0
    finally:
        prod_local.psql(port, 'DROP DATABASE IF EXISTS "cen_ops_restore" WITH (FORCE)')
        subprocess.run(["curl", "-s", "-X", "DELETE", restored.environment()["SEARCH_URL"] + "/cen-ops-restore*"],
                       check=False, capture_output=True)  # fmt: skip
        subprocess.run(["rm", "-rf", str(restored.state)], check=True)


def test_drill_6_sqlite_has_its_own_backup_path(capsys, tmp_path):
    def manage(*args, database):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp_path / database}",
            "MEDIA_ROOT": str(tmp_path / f"media-{database}"),
        }
        env.pop("SEARCH_URL", None)
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        return result.stdout

    # Copied from the test template (`manage.py migrate` with the same migrations), which the
    # SQLite pass copies too; migrate then finds nothing left to apply.
    shutil.copyfile(sqlite_template(migrations_digest()), tmp_path / "live.sqlite3")
    assert "No migrations to apply." in manage("migrate", "--noinput", database="live.sqlite3")
    manage("load_demo_content", database="live.sqlite3")
    folder = Path(manage("backup_portal", "--output", str(tmp_path / "backups"), database="live.sqlite3").split()[-1])
    output = manage("restore_portal", str(folder), database="restored.sqlite3")
    report(capsys, "6. Backup and restore (SQLite + media)", output.strip().splitlines()[-10:])
    assert "every count and document checksum matches" in output
    assert sorted(path.name for path in folder.iterdir()) == ["database.sqlite3", "manifest.json", "media.tar.gz"]


REPLY_SETUP = """
import json
from django.utils import timezone
from cen_portal.taxonomy import ElectionManagementBody
from emailreplies.addresses import reply_address
from forums import actions
from forums.models import Category
from members.models import MemberProfile, User
emb = ElectionManagementBody.objects.order_by("pk").first()
people = []
for n in range(6):
    user, _ = User.objects.get_or_create(email=f"drill7-{n}@drill.example.org")
    MemberProfile.objects.get_or_create(
        user=user, defaults={"handle": f"drill7-{n}", "emb": emb, "code_of_conduct_accepted_at": timezone.now()}
    )
    people.append(user)
thread = actions.start_thread(Category.objects.get(slug="general"), people[0], "Drill 7: replies by email", "Reply?")
print(json.dumps([[person.email, reply_address(person, "thread", thread.pk)] for person in people[1:]]))
"""


def send_reply(topology, sender, address, text, message_id):
    import smtplib
    from email.message import EmailMessage
    from email.policy import SMTP

    message = EmailMessage()
    message["From"], message["To"], message["Subject"], message["Message-ID"] = (
        sender,
        address,
        "Re: Drill 7",
        message_id,
    )
    message.set_content(f"{text}\n\nOn Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal wrote:\n> Reply?\n")
    with smtplib.SMTP("127.0.0.1", topology.mail_port, timeout=30) as client:
        client.sendmail(sender, [address], message.as_bytes(policy=SMTP))


def test_drill_7_replies_by_email_arrive_while_the_worker_is_down(topology, capsys):
    people = shell(topology, REPLY_SETUP)
    topology.stop_worker()
    try:
        for number, (sender, address) in enumerate(people):
            send_reply(topology, sender, address, f"Drill 7 reply {number}.", f"<drill7-{number}@drill.example.org>")
        # The MTA did not hear our 250 and delivers the first one again.
        send_reply(topology, people[0][0], people[0][1], "Drill 7 reply 0.", "<drill7-0@drill.example.org>")
        stored = count(topology, "SELECT count(*) FROM emailreplies_inboundmessage WHERE status = 'received'")
        posted_while_down = count(topology, "SELECT count(*) FROM forums_post WHERE body LIKE 'Drill 7 reply %'")
        topology.start_worker()
        wait_until(
            lambda: count(topology, "SELECT count(*) FROM emailreplies_inboundmessage WHERE status = 'received'") == 0,
            120,
            1,
            "the stored replies being processed",
        )
    finally:
        if not topology.worker_pid():
            topology.start_worker()
    posts = count(topology, "SELECT count(*) FROM forums_post WHERE body LIKE 'Drill 7 reply %'")
    different = count(topology, "SELECT count(DISTINCT body) FROM forums_post WHERE body LIKE 'Drill 7 reply %'")
    report(
        capsys,
        "7. Replies by email arrive while the worker is down",
        [
            f"{len(people)} replies (and one delivered twice) sent to the receiver with the worker stopped: "
            f"{stored} stored, {posted_while_down} posted",
            f"after the worker started: {posts} posts, {different} different",
        ],
    )
    assert (stored, posted_while_down) == (len(people), 0)
    assert posts == different == len(people)
