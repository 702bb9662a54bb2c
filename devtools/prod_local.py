#!/usr/bin/env python3
"""The production topology on this machine, started by one command (`make prod-local`).

    python3 devtools/prod_local.py start     # everything below, then prints the URL and an admin login
    python3 devtools/prod_local.py status
    python3 devtools/prod_local.py env       # `eval "$(python3 devtools/prod_local.py env)"` for manage.py
    python3 devtools/prod_local.py stop      # ends every process it started

What runs, each as its own process, with the production settings module:
- gunicorn (deploy/gunicorn.conf.py: WEB_CONCURRENCY sync workers),
  static files through WhiteNoise, documents and images through the portal's own views;
- the django-tasks database worker (`manage.py db_worker`), so requests never index or email;
- the reply-by-email receiver (`manage.py receive_mail`, SMTP on MAIL_PORT, default 8025) for
  the reply domain `reply.localhost`, as deploy/cen-portal-mail.service runs it behind Postfix;
- Debian's PostgreSQL (devtools/postgres.sh), database `cen_prod`;
- a three-node engine cluster (devtools/cluster.py: three JVMs), indices with one replica;
  ENGINE=elasticsearch for Elasticsearch instead of OpenSearch.
Production settings insist on HTTPS; this loopback topology has none, so the launcher says
so explicitly (SECURE_SSL_REDIRECT=false, no secure-only cookies) rather than production.py
relaxing anything. Everything it writes lives under .cache/<name>/.

The drills (tests/ops) import this module and run their own topology beside it (another
port, database, PostgreSQL cluster and index alias). Standard library only.
"""

import argparse
import json
import os
import secrets
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

DEVTOOLS = Path(__file__).resolve().parent
REPO = DEVTOOLS.parent
PYTHON = REPO / ".venv" / "bin" / "python"
GUNICORN = REPO / ".venv" / "bin" / "gunicorn"
DB_USER, DB_PASSWORD = "cen", "cen-test-only"  # devtools/postgres.sh's role


def log(message):
    print(message, file=sys.stderr, flush=True)


def as_root(argv):
    return argv if os.getuid() == 0 else ["sudo", *argv]


def run(argv, **kwargs):
    return subprocess.run(argv, check=True, text=True, **kwargs)


# PostgreSQL ---------------------------------------------------------------------------------


def pg_clusters():
    """{name: (version, port, status)} of Debian's PostgreSQL clusters."""
    out = run(["pg_lsclusters", "--no-header"], capture_output=True).stdout
    clusters = {}
    for line in out.splitlines():
        version, name, port, status, *_ = line.split()
        clusters[name] = (version, int(port), status)
    return clusters


def ensure_postgres(cluster):
    """Start the named cluster (creating it if needed) with the `cen` role; returns
    (port, started_by_us). `main` is devtools/postgres.sh's own, the one the tests use."""
    before = pg_clusters() if _have("pg_lsclusters") else {}
    was_online = before.get(cluster, (None, None, "down"))[2] == "online"
    run([str(DEVTOOLS / "postgres.sh"), "start"], stdout=subprocess.DEVNULL)  # installs, starts main
    if cluster != "main":
        clusters = pg_clusters()
        if cluster not in clusters:
            version = clusters["main"][0]
            run(as_root(["pg_createcluster", version, cluster]), stdout=subprocess.DEVNULL)
        version, port, status = pg_clusters()[cluster]
        if status != "online":
            run(as_root(["pg_ctlcluster", version, cluster, "start"]))
        wait_for_postgres(port)
        exists = run(
            as_root(["runuser", "-u", "postgres", "--", "psql", "-p", str(port), "-tAc",
                     f"SELECT 1 FROM pg_roles WHERE rolname = '{DB_USER}'"]),
            capture_output=True,
        ).stdout.strip()  # fmt: skip
        if not exists:
            run(as_root(["runuser", "-u", "postgres", "--", "psql", "-p", str(port), "-qc",
                         f"CREATE ROLE {DB_USER} LOGIN CREATEDB PASSWORD '{DB_PASSWORD}'"]))  # fmt: skip
        # DROP DATABASE ... WITH (FORCE) must end every session on the database, and an autovacuum
        # worker (which runs as no role) can be one of them right after a restore: without this
        # membership the drop fails with "must be a member of ... pg_signal_backend".
        run(as_root(["runuser", "-u", "postgres", "--", "psql", "-p", str(port), "-qc",
                     f"GRANT pg_signal_backend TO {DB_USER}"]), stderr=subprocess.DEVNULL)  # fmt: skip
    version, port, _status = pg_clusters()[cluster]
    return port, not was_online


def wait_for_postgres(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(["pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)]).returncode == 0:
            return
        time.sleep(0.5)
    sys.exit(f"PostgreSQL did not answer on port {port}")


def restart_postgres(cluster):
    version, _port, _status = pg_clusters()[cluster]
    run(as_root(["pg_ctlcluster", version, cluster, "restart"]))


def stop_postgres(cluster):
    version, _port, status = pg_clusters()[cluster]
    if status == "online":
        run(as_root(["pg_ctlcluster", version, cluster, "stop"]))


def psql(port, sql, database="postgres"):
    url = f"postgres://{DB_USER}:{DB_PASSWORD}@127.0.0.1:{port}/{database}"
    return run(["psql", url, "-v", "ON_ERROR_STOP=1", "-tAc", sql], capture_output=True).stdout.strip()


def _have(program):
    from shutil import which

    return which(program) is not None


# Processes ----------------------------------------------------------------------------------


def _alive(pid, marker):
    try:
        return marker.encode() in Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
    except OSError:
        return False


def _read_pid(path, marker):
    try:
        pid = int(path.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid, marker) else None


def _end(pid, marker, sig=signal.SIGTERM, grace=30):
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while _alive(pid, marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid, marker):
        os.kill(pid, signal.SIGKILL)
        while _alive(pid, marker):
            time.sleep(0.1)


@dataclass
class Topology:
    name: str = "prod-local"
    port: int = 8000
    database: str = "cen_prod"
    pg_cluster: str = "main"
    engine: str = "opensearch"
    index: str = "cen-prod"
    mail_port: int = 8025
    env_overrides: dict = field(default_factory=dict)

    @property
    def state(self):
        return REPO / ".cache" / self.name

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    @property
    def worker_id(self):
        return f"{self.name}-worker-1"

    @property
    def web_marker(self):
        return f"--bind 127.0.0.1:{self.port}"

    @property
    def worker_marker(self):
        return f"--worker-id {self.worker_id}"

    @property
    def mail_marker(self):
        return f"receive_mail --bind 127.0.0.1:{self.mail_port}"

    def secret_key(self):
        path = self.state / "secret_key"
        if not path.exists():
            self.state.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(50) + "\n")
            path.chmod(0o600)
        return path.read_text().strip()

    def saved(self):
        try:
            return json.loads((self.state / "topology.json").read_text())
        except (OSError, ValueError):
            return {}

    def environment(self):
        saved = self.saved()
        pg_port = saved.get("pg_port") or pg_clusters()[self.pg_cluster][1]
        search_url = saved.get("search_url") or cluster_url(self.engine)
        env = {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": self.secret_key(),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": f"postgres://{DB_USER}:{DB_PASSWORD}@127.0.0.1:{pg_port}/{self.database}",
            "BASE_URL": self.url,
            "MEDIA_ROOT": str(self.state / "media"),
            "SEARCH_URL": search_url,
            "SEARCH_INDEX": self.index,
            "SEARCH_INDEX_REPLICAS": "1",
            "LOG_LEVEL": "INFO",
            "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
            # Plain HTTP on loopback: no redirect to HTTPS, cookies the browser sends over HTTP.
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "REPLY_DOMAIN": "reply.localhost",
            "REPLY_RECEIVER_BIND": f"127.0.0.1:{self.mail_port}",
        }
        env.update(self.env_overrides)
        return env

    def manage(self, *args, capture=False, check=True, timeout=900):
        result = subprocess.run(
            [str(PYTHON), "manage.py", *args],
            cwd=REPO,
            env={**os.environ, **self.environment()},
            text=True,
            capture_output=capture,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            sys.exit(
                f"manage.py {' '.join(args)} failed:\n{(result.stdout or '')[-3000:]}{(result.stderr or '')[-3000:]}"
            )
        return result

    # --- the whole ---------------------------------------------------------------------------

    def start(self, fresh=False):
        self.state.mkdir(parents=True, exist_ok=True)
        if self.web_pid() or self.worker_pid() or self.mail_pid():
            log(f"{self.name} is already running at {self.url}; `stop` it first.")
            return 0
        if _port_answers(self.port):
            sys.exit(f"Something already answers on port {self.port}; set PORT to another.")
        started = time.monotonic()
        log("PostgreSQL...")
        pg_port, pg_started = ensure_postgres(self.pg_cluster)
        log(f"A {self.engine} cluster of three nodes (devtools/cluster.py)...")
        search_url = run([sys.executable, str(DEVTOOLS / "cluster.py"), "start", "--engine", self.engine],
                         stdout=subprocess.PIPE).stdout.strip()  # fmt: skip
        saved = {"pg_port": pg_port, "pg_cluster": self.pg_cluster, "search_url": search_url, "engine": self.engine}
        saved["pg_started"] = pg_started or self.saved().get("pg_started", False)
        (self.state / "topology.json").write_text(json.dumps(saved) + "\n")

        if fresh:
            psql(pg_port, f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
            subprocess.run(["rm", "-rf", str(self.state / "media")], check=True)
        if not psql(pg_port, f"SELECT 1 FROM pg_database WHERE datname = '{self.database}'"):
            psql(pg_port, f'CREATE DATABASE "{self.database}"')
        log(f"Database {self.database}: migrate, cache table, static files, demo content, search index...")
        self.manage("migrate", "--noinput", capture=True)
        self.manage("createcachetable", capture=True)
        self.manage("collectstatic", "--noinput", capture=True)
        self.manage("load_demo_content", capture=True)
        self.manage("rebuild_knowledge_index", capture=True)
        self.manage("update_index", capture=True)  # the admin's own search, on the same cluster
        self.start_worker()
        self.start_mail()
        self.start_web()
        log(f"Ready after {time.monotonic() - started:.0f}s.")
        return 0

    def stop(self):
        self.stop_web()
        self.stop_mail()
        self.stop_worker()
        saved = self.saved()
        engine = saved.get("engine", self.engine)
        run([sys.executable, str(DEVTOOLS / "cluster.py"), "stop", "--engine", engine])
        if saved.get("pg_started"):
            stop_postgres(saved.get("pg_cluster", self.pg_cluster))
            log(f"Stopped PostgreSQL cluster {saved.get('pg_cluster')}")
        elif saved:
            log("PostgreSQL was already running before; left running (devtools/postgres.sh stop ends it).")
        return 0

    def status(self):
        web, worker = self.web_pid(), self.worker_pid()
        print(f"web (gunicorn): {f'pid {web}' if web else 'not running'}, {self.url}")
        print(f"worker (db_worker): {f'pid {worker}' if worker else 'not running'}")
        mail = self.mail_pid()
        print(
            f"reply receiver (receive_mail): {f'pid {mail}, SMTP on 127.0.0.1:{self.mail_port}' if mail else 'not running'}"
        )
        ready = _get(f"{self.url}/health/ready/?format=json")
        print(f"readiness: {ready[0]} {json.dumps(ready[1])}" if ready else "readiness: no answer")
        subprocess.run([sys.executable, str(DEVTOOLS / "cluster.py"), "status", "--engine", self.engine])
        return 0 if web and worker else 1

    # --- web ---------------------------------------------------------------------------------

    def web_pid(self):
        return _read_pid(self.state / "web.pid", self.web_marker)

    def start_web(self, timeout=90):
        argv = [str(GUNICORN), "config.wsgi", "--config", str(REPO / "deploy" / "gunicorn.conf.py"),
                "--bind", f"127.0.0.1:{self.port}", "--pid", str(self.state / "web.pid")]  # fmt: skip
        self._spawn(argv, self.state / "web.log")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = _get(f"{self.url}/health/ready/?format=json")
            if answer and answer[0] == 200:
                return
            time.sleep(0.5)
        sys.exit(f"gunicorn did not become ready on {self.url}; see {self.state / 'web.log'}")

    def stop_web(self):
        pid = self.web_pid()
        if pid:
            _end(pid, self.web_marker)  # SIGTERM: gunicorn finishes requests in flight
            log(f"Stopped gunicorn (pid {pid})")

    # --- worker ------------------------------------------------------------------------------

    def worker_pid(self):
        """The supervising shell loop's pid (see start_worker)."""
        return _read_pid(self.state / "worker.pid", self.worker_marker)

    def db_worker_pid(self):
        """The db_worker process the loop is running now, or None between restarts."""
        wanted = ["db_worker", "--worker-id", self.worker_id]
        for entry in Path("/proc").iterdir():
            try:
                args = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
            except OSError:
                continue
            if entry.name.isdigit() and "manage.py" in args and args[args.index("manage.py") + 1 :][:3] == wanted:
                return int(entry.name)
        return None

    def start_worker(self):
        """db_worker under a loop that restarts it, as systemd's Restart=always does in
        deploy/cen-portal-worker.service: tasks this worker id was running when it died go
        back in the queue first (requeue_interrupted_tasks)."""
        python, worker = shlex.quote(str(PYTHON)), shlex.quote(self.worker_id)
        loop = (
            f"while :; do {python} manage.py requeue_interrupted_tasks --worker-id {worker}; "
            f"{python} manage.py db_worker --worker-id {worker} --interval 0.5; "
            'echo "db_worker exited ($?); starting it again in 2 s"; sleep 2; done'
        )
        pid = self._spawn(["sh", "-c", loop], self.state / "worker.log", append=True).pid
        (self.state / "worker.pid").write_text(f"{pid}\n")
        deadline = time.monotonic() + 60
        while not self.db_worker_pid() and time.monotonic() < deadline:
            time.sleep(0.2)
        return pid

    def stop_worker(self):
        """SIGTERM to the loop and db_worker: the running task finishes, then both exit."""
        pid = self.worker_pid()
        if pid:
            try:
                os.killpg(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            _end(pid, self.worker_marker)
            child = self.db_worker_pid()
            if child:
                _end(child, self.worker_marker)
            log(f"Stopped the worker (pid {pid})")

    def kill_db_worker(self):
        """SIGKILL the running db_worker, as a crash would (drill 4); its loop restarts it."""
        pid = self.db_worker_pid()
        if pid:
            _end(pid, self.worker_marker, signal.SIGKILL)
        return pid

    # --- reply-by-email receiver -------------------------------------------------------------

    def mail_pid(self):
        return _read_pid(self.state / "mail.pid", self.mail_marker)

    # As long as gunicorn is given: on a 2-core machine the receiver's Django starts while the
    # worker reads the demo's import batch and the engine's nodes are still warming.
    def start_mail(self, timeout=90):
        if _port_answers(self.mail_port):
            sys.exit(f"Something already answers on port {self.mail_port}; set MAIL_PORT to another.")
        argv = [str(PYTHON), "manage.py", "receive_mail", "--bind", f"127.0.0.1:{self.mail_port}"]
        receiver = self._spawn(argv, self.state / "mail.log", append=True)
        (self.state / "mail.pid").write_text(f"{receiver.pid}\n")
        started = time.monotonic()
        while not _port_answers(self.mail_port):
            # The receiver is this process's child: its own exit status says whether it ended.
            status = receiver.poll()
            if status is not None or time.monotonic() - started > timeout:
                ended = "still running" if status is None else f"ended with status {status}"
                sys.exit(
                    f"receive_mail did not listen on 127.0.0.1:{self.mail_port} in "
                    f"{time.monotonic() - started:.1f}s ({ended}); see {self.state / 'mail.log'}"
                )
            time.sleep(0.2)
        return receiver.pid

    def stop_mail(self):
        pid = self.mail_pid()
        if pid:
            _end(pid, self.mail_marker)
            log(f"Stopped the reply receiver (pid {pid})")

    def _spawn(self, argv, log_file, append=False):
        with open(log_file, "a" if append else "w") as out:
            proc = subprocess.Popen(
                argv,
                cwd=REPO,
                env={**os.environ, **self.environment()},
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives this script; `stop` ends it
            )
        return proc


def cluster_url(engine):
    result = subprocess.run([sys.executable, str(DEVTOOLS / "cluster.py"), "url", "--engine", engine],
                            capture_output=True, text=True)  # fmt: skip
    return result.stdout.strip()


def _get(url, timeout=10):
    """(status, JSON body) or None when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        try:
            return error.code, json.load(error)
        except ValueError:
            return error.code, {}
    except (OSError, ValueError):
        return None


def _port_answers(port):
    import socket

    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop", "status", "env", "restart-worker"])
    parser.add_argument(
        "--engine", choices=["opensearch", "elasticsearch"], default=os.environ.get("ENGINE", "opensearch")
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--mail-port", type=int, default=int(os.environ.get("MAIL_PORT", "8025")))
    parser.add_argument("--fresh", action="store_true", help="start: drop the database and media first")
    args = parser.parse_args(argv)
    topology = Topology(port=args.port, engine=args.engine, mail_port=args.mail_port)
    if args.command in ("stop", "status", "env", "restart-worker"):
        topology.engine = topology.saved().get("engine", args.engine)
    if args.command == "start":
        code = topology.start(fresh=args.fresh)
        if code == 0:
            login = topology.manage("create_demo_admin", capture=True).stdout.strip()
            print(f"\nThe portal runs at {topology.url} (production settings, gunicorn, db_worker, PostgreSQL,")
            print(
                f"a three-node {topology.engine} cluster, replies by email to SMTP 127.0.0.1:{topology.mail_port}). "
                f"Logs: {topology.state.relative_to(REPO)}/web.log, worker.log, mail.log."
            )
            print(login.replace("http://127.0.0.1:8000", topology.url))
            print("Stop everything with: make prod-local-stop")
        return code
    if args.command == "stop":
        return topology.stop()
    if args.command == "status":
        return topology.status()
    if args.command == "restart-worker":
        topology.stop_worker()
        topology.start_worker()
        return 0
    for key, value in topology.environment().items():
        print(f"export {key}={json.dumps(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
