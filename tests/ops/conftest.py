"""The drills' own production topology (devtools/prod_local.py), beside any `make prod-local`:
a free port, its own PostgreSQL cluster (`ops`, so restarting it disturbs nobody), database,
media folder and index alias, on the shared three-node engine cluster. Loopback only."""

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import require

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "devtools"))

import prod_local  # noqa: E402


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def components_missing():
    for program in ("java", "mvn"):
        if not shutil.which(program):
            return f"{program} is not installed (make test installs the engine's tools)"
    if not (REPO / ".venv" / "bin" / "gunicorn").exists():
        return "the virtualenv has no gunicorn (make install)"
    return None


@pytest.fixture(scope="module")
def topology():
    """The whole topology, started fresh for the drills and stopped after the last of them, so its
    JVMs and servers do not share the machine with the rest of the suite."""
    missing = components_missing()
    require(missing is None, missing or "")
    topology = prod_local.Topology(
        name="ops-drills",
        port=free_port(),
        database="cen_ops",
        pg_cluster="ops",
        index="cen-ops",
        mail_port=free_port(),
    )
    cluster_was_running = bool(prod_local.cluster_url("opensearch"))
    started = time.monotonic()
    topology.stop_web()  # left by an interrupted session
    topology.stop_mail()
    topology.stop_worker()
    topology.start(fresh=True)
    print(f"\n[ops] topology ready in {time.monotonic() - started:.0f}s at {topology.url}")
    yield topology
    topology.stop_web()
    topology.stop_mail()
    topology.stop_worker()
    if not cluster_was_running:
        subprocess.run([sys.executable, str(REPO / "devtools" / "cluster.py"), "stop"], check=False)
    prod_local.stop_postgres("ops")


def shell(topology, code, timeout=300):
    """Run Python in the topology's Django (production settings); returns the JSON it prints last."""
    result = topology.manage("shell", "-c", code, capture=True, check=False, timeout=timeout)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def engine_get(topology, path):
    url = topology.environment()["SEARCH_URL"] + path
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return {"status": error.code}


def wait_until(condition, timeout, interval=1.0, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"{what} did not happen within {timeout:.0f}s")


@dataclass
class Answer:
    at: float
    path: str
    status: int  # 0: no answer at all (refused, reset, timed out)
    fallback: bool | None = None  # the search API's own flag: True when the database answered
    finished: float = 0.0

    def overlaps(self, start, end):
        """Whether the request was in flight at some time between `start` and `end`."""
        return self.at <= end and self.finished >= start


@dataclass
class Load:
    """A few threads of anonymous readers, recording every answer (the drills' background load)."""

    base_url: str
    paths: list
    threads: int = 4
    answers: list = field(default_factory=list)

    def __post_init__(self):
        self._stop = threading.Event()
        self._workers = [threading.Thread(target=self._run, args=(n,), daemon=True) for n in range(self.threads)]

    def __enter__(self):
        for worker in self._workers:
            worker.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for worker in self._workers:
            worker.join(timeout=30)

    def _run(self, n):
        step = n
        while not self._stop.is_set():
            path = self.paths[step % len(self.paths)]
            step += 1
            self.answers.append(self.fetch(path))
            time.sleep(0.05)

    def fetch(self, path):
        started = time.time()
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=20) as response:
                body = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            return Answer(started, path, error.code, finished=time.time())
        except OSError:
            return Answer(started, path, 0, finished=time.time())
        fallback = json.loads(body).get("fallback") if path.startswith("/api/") else None
        return Answer(started, path, status, fallback, finished=time.time())

    def summary(self):
        failures = [answer for answer in self.answers if answer.status >= 500 or answer.status == 0]
        return f"{len(self.answers)} requests, {len(failures)} failed (5xx or no answer)"
