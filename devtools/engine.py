#!/usr/bin/env python3
"""Run a real single-node search engine locally, for development and tests.

    python3 devtools/engine.py start     # prints the URL, e.g. http://127.0.0.1:9201
    python3 devtools/engine.py status    # exit 0 if running and healthy
    python3 devtools/engine.py url       # prints the URL if running
    python3 devtools/engine.py stop

The engine runs from Maven Central artifacts (no docker, no opensearch.org download):
devtools/<engine>/pom.xml resolves codelibs' runner plus the engine's own server jar and
modules; this script resolves the classpath once, compiles the small DevNode.java wrapper,
and runs one JVM bound to 127.0.0.1. Everything it writes lives under .cache/engine/.

Standard library only: it runs with the system python3, before any virtualenv exists.
"""

import argparse
import fcntl
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEVTOOLS = REPO / "devtools"
CACHE = REPO / ".cache" / "engine"


@dataclass(frozen=True)
class Engine:
    """Everything engine-specific. Add an entry to ENGINES for another engine."""

    name: str
    config_file: str  # node config file the runner reads from <node home>/config/
    settings: dict  # written to that config file on every start
    runner_args: list  # arguments for the runner, after DevNode
    node_home: str = "node_1"  # the runner names the first node's home node_1
    java_opts: list = field(default_factory=list)

    @property
    def project(self) -> Path:  # Maven project + DevNode.java
        return DEVTOOLS / self.name

    @property
    def state(self) -> Path:  # runner base path: node home, data, logs, pid...
        return CACHE / self.name


# JVM options taken from the engine distributions' own jvm.options / SystemJvmOptions,
# minus what only matters for production. The heap is bounded for a dev machine;
# ENGINE_JAVA_OPTS (appended last) can override it, e.g. ENGINE_JAVA_OPTS=-Xmx1g.
COMMON_JAVA_OPTS = [
    "-Xms512m",
    "-Xmx768m",
    "-XX:MaxDirectMemorySize=384m",  # the distribution uses heap/2; Netty's default is heap
    "-XX:+UseG1GC",
    "-Xss1m",
    "-XX:+ExitOnOutOfMemoryError",  # no Bootstrap here to die on OOM; don't limp on
    "-XX:-OmitStackTraceInFastThrow",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djna.nosys=true",
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Dlog4j.shutdownHookEnabled=false",  # keep logging while the node closes on SIGTERM
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j2.formatMsgNoLookups=true",
]

ENGINES = {
    "opensearch": Engine(
        name="opensearch",
        config_file="opensearch.yml",
        settings={
            "network.host": "127.0.0.1",  # HTTP and transport on loopback only
            "discovery.type": "single-node",
            # Writes logs/http.ports once HTTP is bound: we read the real port from it.
            "node.portsfile": True,
            # Dev disks fill up; don't let the disk watermarks turn indices read-only.
            "cluster.routing.allocation.disk.threshold_enabled": False,
            # http.port is not set here: the runner sets it from -baseHttpPort (overriding
            # this file) to the first free port in 9201..9299.
        },
        runner_args="-numOfNode 1 -clusterName cen-portal-dev -baseHttpPort 9200".split(),
        # OpenSearch 2.x's own jvm.options use the COMPAT locale data on JDK 9+.
        java_opts=["-Djava.locale.providers=SPI,COMPAT"],
    ),
    # "elasticsearch": Engine(name="elasticsearch", config_file="elasticsearch.yml", ...)
    # with devtools/elasticsearch/{pom.xml,DevNode.java}.
}


class Node:
    """Files and process of one engine's local node."""

    def __init__(self, engine: Engine):
        self.engine = engine
        state = engine.state
        self.home = state / engine.node_home
        self.pid_file = state / "node.pid"
        self.log_file = state / "node.log"
        self.lock_file = state / "launcher.lock"
        self.classpath_file = state / "classpath.txt"
        self.classes = state / "classes"
        self.ports_file = self.home / "logs" / "http.ports"
        self.url_file = CACHE / f"{engine.name}.url"
        # Identifies our JVM in /proc/<pid>/cmdline (guards against reused pids).
        self.marker = f"\0-basePath\0{engine.state}\0".encode()

    # --- process ---------------------------------------------------------------

    def pid(self):
        """PID of our running node, or None. A stale pid file is removed; a lost one is
        recovered from /proc, so a second node is never started on the same data."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            pid = None
        if pid and _is_our_process(pid, self.marker):
            return pid
        pid = _find_process(self.marker)
        if pid:
            self.pid_file.write_text(f"{pid}\n")
            return pid
        self.pid_file.unlink(missing_ok=True)
        self.url_file.unlink(missing_ok=True)
        return None

    def url(self):
        try:
            return self.url_file.read_text().strip() or None
        except OSError:
            return self._read_port_url()  # e.g. pid file was lost and recovered

    def health(self, url, timeout=5):
        """Cluster status ('green'/'yellow'/'red') or None if it does not answer."""
        return _get_json(f"{url}/_cluster/health", timeout).get("status")

    # --- build -----------------------------------------------------------------

    def classpath(self):
        """Resolve the runner's classpath with Maven, once (again if the pom changes)."""
        pom = self.engine.project / "pom.xml"
        if _fresh(self.classpath_file, [pom]):
            cp = self.classpath_file.read_text().strip()
            if all(Path(p).exists() for p in cp.split(os.pathsep)):
                return cp
        _need("mvn", "Maven is needed to fetch the engine from Maven Central")
        log(f"Resolving the {self.engine.name} classpath with Maven (the first run downloads ~80 MB)...")
        tmp = self.classpath_file.with_suffix(".tmp")
        cmd = [
            "mvn",
            "-q",
            "-B",
            "-Dstyle.color=never",
            "-f",
            str(pom),
            "dependency:build-classpath",
            f"-Dmdep.outputFile={tmp}",
        ]
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0 or not tmp.exists():
            sys.exit(f"Maven failed ({shlex.join(cmd)}):\n{result.stdout}")
        tmp.replace(self.classpath_file)
        return self.classpath_file.read_text().strip()

    def compile_wrapper(self, cp):
        """Compile DevNode.java (the runner's main hides startup errors) when it changed."""
        source = self.engine.project / "DevNode.java"
        if _fresh(self.classes / "DevNode.class", [source, self.classpath_file]):
            return
        _need("javac", "a JDK (17+) is needed")
        self.classes.mkdir(parents=True, exist_ok=True)
        cmd = ["javac", "-nowarn", "-cp", cp, "-d", str(self.classes), str(source)]
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            sys.exit(f"javac failed:\n{result.stdout}")

    def write_config(self):
        """The node's config file, rewritten on each start so it follows ENGINES."""
        config = self.home / "config" / self.engine.config_file
        config.parent.mkdir(parents=True, exist_ok=True)
        lines = ["# Written by devtools/engine.py on each start; edit ENGINES there instead."]
        lines += [f"{key}: {json.dumps(value)}" for key, value in self.engine.settings.items()]
        config.write_text("\n".join(lines) + "\n")

    # --- commands --------------------------------------------------------------

    def start(self, timeout):
        pid = self.pid()
        if pid:
            # Already running (maybe still starting up): just wait for it to be healthy.
            url = self.url()
            if url and self.health(url) in ("green", "yellow"):
                print(url)
                return 0
            log(f"{self.engine.name} is running (pid {pid}) but not healthy yet; waiting...")
            return self._wait_healthy(pid, time.monotonic() + timeout)

        cp = self.classpath()
        self.compile_wrapper(cp)
        self.write_config()
        self.ports_file.unlink(missing_ok=True)  # so we never read last run's port
        java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
        cmd = [
            java,
            *COMMON_JAVA_OPTS,
            *self.engine.java_opts,
            *shlex.split(os.environ.get("ENGINE_JAVA_OPTS", "")),
            "-cp",
            os.pathsep.join([str(self.classes), cp]),
            "DevNode",
            "-basePath",
            str(self.engine.state),
            *self.engine.runner_args,
        ]
        started = time.monotonic()
        shown = list(cmd)  # for the log; the classpath is ~90 jars long, so not inlined
        shown[cmd.index("-cp") + 1] = f"{self.classes}{os.pathsep}$(cat {self.classpath_file})"
        with open(self.log_file, "w") as out:
            out.write(f"$ {' '.join(shown)}\n\n")
            out.flush()
            # New session: the node outlives this script and the calling shell's job control.
            # close_fds (the default) keeps our lock file descriptor out of the JVM.
            proc = subprocess.Popen(
                cmd,
                cwd=self.engine.state,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        log(f"Started {self.engine.name} (pid {proc.pid}), log: {_rel(self.log_file)}")
        code = self._wait_healthy(proc.pid, started + timeout, proc)
        if code == 0:
            log(f"Healthy after {time.monotonic() - started:.1f}s")
        return code

    def _read_port_url(self):
        try:
            address = self.ports_file.read_text().split()[0]  # e.g. 127.0.0.1:9201
        except (OSError, IndexError):
            return None
        return f"http://{address}"

    def _wait_healthy(self, pid, deadline, proc=None):
        url = None
        while time.monotonic() < deadline:
            exited = proc.poll() is not None if proc else not _is_our_process(pid, self.marker)
            if exited:
                self.pid_file.unlink(missing_ok=True)
                self.url_file.unlink(missing_ok=True)
                return self._fail("the node exited" + (f" with code {proc.returncode}" if proc else ""))
            url = url or self._read_port_url()
            if url and self.health(url, timeout=2) in ("green", "yellow"):
                self.url_file.write_text(url + "\n")
                print(url)
                return 0
            time.sleep(0.5)
        self._fail(f"not healthy within the timeout ({url or 'HTTP port not bound'})")
        self.stop()  # don't leave a half-started JVM holding memory and the data dir lock
        return 1

    def _fail(self, reason):
        log(f"{self.engine.name} failed to start: {reason}. Last lines of {_rel(self.log_file)}:")
        try:
            lines = self.log_file.read_text(errors="replace").splitlines()
        except OSError:
            lines = []
        for line in lines[-40:]:
            print("    " + line, file=sys.stderr)
        return 1

    def stop(self, grace=30):
        pid = self.pid()
        if not pid:
            log(f"{self.engine.name} is not running")
            return 0
        os.kill(pid, signal.SIGTERM)  # the runner's shutdown hook closes the node cleanly
        deadline = time.monotonic() + grace
        while _is_our_process(pid, self.marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _is_our_process(pid, self.marker):
            log(f"Still running after {grace}s; sending SIGKILL")
            os.kill(pid, signal.SIGKILL)
            while _is_our_process(pid, self.marker):
                time.sleep(0.1)
        self.pid_file.unlink(missing_ok=True)
        self.url_file.unlink(missing_ok=True)
        log(f"Stopped {self.engine.name} (pid {pid})")
        return 0

    def status(self):
        pid = self.pid()
        url = self.url()
        if not pid:
            print(f"{self.engine.name}: not running")
            return 1
        health = self.health(url) if url else None
        if health in ("green", "yellow"):
            version = _get_json(url).get("version", {})
            name = f"{version.get('distribution', self.engine.name)} {version.get('number', '?')}"
            print(f"{self.engine.name}: running (pid {pid}), healthy ({health}), {name}, {url}")
            return 0
        print(f"{self.engine.name}: running (pid {pid}), not healthy ({health or 'no answer'}), {url or 'no URL yet'}")
        return 1


def _get_json(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return json.load(response)
    except (OSError, ValueError):  # refused, timeout, HTTP error, not JSON
        return {}


def _is_our_process(pid, marker):
    """True if pid is alive and is our JVM (marker is in its command line)."""
    if not Path("/proc/self").exists():  # no /proc (macOS): fall back to "is alive"
        try:
            os.kill(pid, 0)
            return True
        except OSError:
            return False
    try:
        return marker in Path(f"/proc/{pid}/cmdline").read_bytes()  # empty for a zombie
    except OSError:
        return False


def _find_process(marker):
    proc = Path("/proc")
    if not (proc / "self").exists():
        return None
    for entry in proc.iterdir():
        if entry.name.isdigit() and _is_our_process(int(entry.name), marker):
            return int(entry.name)
    return None


def _fresh(target: Path, sources):
    """target exists and is newer than every source."""
    try:
        mtime = target.stat().st_mtime
    except OSError:
        return False
    return all(mtime >= s.stat().st_mtime for s in sources)


def _need(program, why):
    if not shutil.which(program):
        sys.exit(f"'{program}' not found on PATH: {why}.")


def _rel(path: Path):
    return path.relative_to(REPO)


def log(message):
    # Progress goes to stderr so `URL=$(python3 devtools/engine.py start)` captures only the URL.
    print(message, file=sys.stderr, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop", "status", "url"])
    parser.add_argument("--engine", choices=sorted(ENGINES), default="opensearch")
    parser.add_argument("--timeout", type=float, default=180, help="start: seconds to wait for health")
    args = parser.parse_args(argv)

    node = Node(ENGINES[args.engine])
    node.engine.state.mkdir(parents=True, exist_ok=True)

    if args.command == "status":
        return node.status()
    if args.command == "url":
        url = node.url() if node.pid() else None
        if url:
            print(url)
        return 0 if url else 1

    # start/stop hold an exclusive lock, so two concurrent `start`s never launch two nodes:
    # the second waits, then finds the first one's node running and healthy.
    with open(node.lock_file, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if args.command == "start":
            return node.start(args.timeout)
        return node.stop()


if __name__ == "__main__":
    sys.exit(main())
