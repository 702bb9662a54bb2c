#!/usr/bin/env python3
"""Run a real single-node search engine locally, for development and tests.

    python3 devtools/engine.py start     # prints the URL, e.g. http://127.0.0.1:9201
    python3 devtools/engine.py status    # exit 0 if running and healthy
    python3 devtools/engine.py url       # prints the URL if running
    python3 devtools/engine.py stop
    python3 devtools/engine.py start --engine elasticsearch   # e.g. http://127.0.0.1:9250

The engines run from Maven Central artifacts (no docker, no download from the vendors):
- opensearch: devtools/opensearch/pom.xml resolves codelibs' runner plus OpenSearch's own
  server jar and modules; this script resolves the classpath once, compiles the small
  DevNode.java wrapper, and runs one JVM.
- elasticsearch: devtools/elasticsearch/pom.xml assembles a home of Elastic's own server jar
  and modules (see devtools/elasticsearch/README.md); this script builds it once and runs its
  launcher JVM, which runs the server JVM (as nobody when we are root) and stops it with itself.
Nodes bind to 127.0.0.1 only. Everything this writes lives under .cache/engine/.

Standard library only: it runs with the system python3, before any virtualenv exists.
"""

import argparse
import fcntl
import hashlib
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STALE_NODE_GRACE = 60  # seconds an already-running node may take to become healthy
DEVTOOLS = REPO / "devtools"
CACHE = REPO / ".cache" / "engine"


@dataclass(frozen=True)
class Engine:
    """Everything engine-specific. Add an entry to ENGINES for another engine."""

    name: str
    build: Callable  # build(node): make the node runnable; cached, redone when its inputs change
    command: Callable  # command(node) -> Launch: the process that runs the node in the foreground
    settings: dict  # node settings, handed to the node by `command` (config file or -E flags)
    # Command-line arguments ("{state}", "{node}" filled in) that identify our processes in
    # /proc (and guard against reused pids): first the process we start, then any process it
    # starts that must not outlive it.
    processes: tuple
    node_home: str = "node_1"  # under state: the node's home; its logs/http.ports gives the URL
    java_opts: list = field(default_factory=list)  # for the node's JVM, before ENGINE_JAVA_OPTS

    @property
    def project(self) -> Path:  # Maven project + sources
        return DEVTOOLS / self.name

    @property
    def state(self) -> Path:  # build, node home, data, logs, pid...
        return CACHE / self.name


@dataclass
class Launch:
    argv: list
    env: dict = field(default_factory=dict)  # added to our environment
    shown: str = ""  # the command line for the log, when argv is too long to read


# JVM options taken from the engine distributions' own jvm.options / SystemJvmOptions,
# minus what only matters for production. The heap is bounded for a dev machine;
# ENGINE_JAVA_OPTS (appended last) can override it, e.g. ENGINE_JAVA_OPTS=-Xmx1g.
HEAP_JAVA_OPTS = [
    "-Xms512m",
    "-Xmx768m",
    "-XX:MaxDirectMemorySize=384m",  # the distribution uses heap/2; Netty's default is heap
]
COMMON_JAVA_OPTS = [
    *HEAP_JAVA_OPTS,
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
# Elasticsearch's launcher only reads settings and pipes them to the server: a small heap.
ES_LAUNCHER_JAVA_OPTS = ["-Xms16m", "-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"]


# --- opensearch: codelibs' runner + DevNode.java, one JVM ---------------------------------


def build_opensearch(node):
    """Resolve the runner's classpath with Maven, once (again if the pom changes), and
    compile DevNode.java (the runner's main hides startup errors) and ClusterNode.java when they
    changed."""
    classpath_file = node.engine.state / "classpath.txt"
    classes = node.engine.state / "classes"
    pom = node.engine.project / "pom.xml"
    cp = classpath_file.read_text().strip() if _fresh(classpath_file, [pom]) else ""
    if not cp or not all(Path(p).exists() for p in cp.split(os.pathsep)):
        _need("mvn", "Maven is needed to fetch the engine from Maven Central")
        log(f"Resolving the {node.engine.name} classpath with Maven (the first run downloads ~80 MB)...")
        tmp = classpath_file.with_suffix(".tmp")
        _maven(pom, "dependency:build-classpath", f"-Dmdep.outputFile={tmp}")
        if not tmp.exists():
            sys.exit(f"Maven wrote no classpath to {tmp}")
        tmp.replace(classpath_file)
        cp = classpath_file.read_text().strip()

    # Both launchers at once: ClusterNode (devtools/cluster.py's nodes) runs through DevNode.serve.
    sources = [node.engine.project / "DevNode.java", node.engine.project / "ClusterNode.java"]
    if not all(_fresh(classes / f"{source.stem}.class", [*sources, classpath_file]) for source in sources):
        _need("javac", "a JDK (17+) is needed")
        classes.mkdir(parents=True, exist_ok=True)
        cmd = ["javac", "-nowarn", "-cp", cp, "-d", str(classes), *map(str, sources)]
        result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if result.returncode != 0:
            sys.exit(f"javac failed:\n{result.stdout}")


def opensearch_command(node):
    """DevNode (codelibs' runner) with the node's config file written from ENGINES."""
    engine = node.engine
    config = node.home / "config" / "opensearch.yml"
    config.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Written by devtools/engine.py on each start; edit ENGINES there instead."]
    lines += [f"{key}: {json.dumps(value)}" for key, value in engine.settings.items()]
    config.write_text("\n".join(lines) + "\n")

    classes = engine.state / "classes"
    classpath_file = engine.state / "classpath.txt"
    cp = classpath_file.read_text().strip()
    runner_args = ["-numOfNode", "1", "-clusterName", "cen-portal-dev", "-baseHttpPort", "9200"]
    argv = [
        _java(),
        *COMMON_JAVA_OPTS,
        *engine.java_opts,
        *shlex.split(os.environ.get("ENGINE_JAVA_OPTS", "")),
        "-cp",
        os.pathsep.join([str(classes), cp]),
        "DevNode",
        "-basePath",
        str(engine.state),
        *runner_args,
    ]
    shown = list(argv)  # the classpath is ~90 jars long, so not inlined
    shown[argv.index("-cp") + 1] = f"{classes}{os.pathsep}$(cat {classpath_file})"
    return Launch(argv, shown=" ".join(shown))


# --- elasticsearch: devtools/elasticsearch's home, launcher JVM + server JVM ---------------


def es_home(engine):
    return engine.state / "build" / "es-home"  # the <directory> of devtools/elasticsearch/pom.xml


def build_elasticsearch(node):
    """Assemble the Elasticsearch home with `mvn package`, once; again from scratch when the
    pom, the patch or anything under src/ changes (a hash of them is kept in the home)."""
    project = node.engine.project
    inputs = [project / "pom.xml", *sorted(project.glob("*.patch"))]
    inputs += sorted(path for path in (project / "src").rglob("*") if path.is_file())
    digest = hashlib.sha256()
    for path in inputs:
        data = path.read_bytes()
        digest.update(f"{path.relative_to(project)}\0{len(data)}\0".encode() + data)
    stamp = es_home(node.engine) / ".inputs.sha256"
    try:
        if stamp.read_text().strip() == digest.hexdigest():
            return
    except OSError:
        pass
    _need("mvn", "Maven is needed to fetch the engine from Maven Central")
    log(f"Building the {node.engine.name} home with Maven (the first run downloads ~50 MB)...")
    shutil.rmtree(es_home(node.engine).parent, ignore_errors=True)  # no stale jars in lib/
    _maven(project / "pom.xml", "package")
    stamp.write_text(digest.hexdigest() + "\n")


def elasticsearch_command(node):
    """EsLauncher, which runs the server JVM (-E settings from ENGINES, heap via ES_JAVA_OPTS)."""
    engine = node.engine
    home = es_home(engine)
    settings = dict(engine.settings)
    port = settings.pop("http.port")  # the launcher sets http.port from --port
    flags = [f"-E{key}={str(value).lower() if isinstance(value, bool) else value}" for key, value in settings.items()]
    argv = [
        _java(),
        *ES_LAUNCHER_JAVA_OPTS,
        "-cp",
        f"{home}/launcher/*{os.pathsep}{home}/lib/*",
        "devtools.es.EsLauncher",
        "--home",
        str(home),
        "--state",
        str(node.home),
        "--port",
        str(port),
        *flags,
    ]
    server_opts = [*engine.java_opts, *shlex.split(os.environ.get("ENGINE_JAVA_OPTS", ""))]
    return Launch(argv, env={"ES_JAVA_OPTS": " ".join(server_opts)})


ENGINES = {
    "opensearch": Engine(
        name="opensearch",
        build=build_opensearch,
        command=opensearch_command,
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
        processes=(("-basePath", "{state}"),),
        # OpenSearch 2.x's own jvm.options use the COMPAT locale data on JDK 9+.
        java_opts=["-Djava.locale.providers=SPI,COMPAT"],
    ),
    "elasticsearch": Engine(
        name="elasticsearch",
        build=build_elasticsearch,
        command=elasticsearch_command,
        settings={
            "http.port": "9250-9299",  # the first free port; transport: 9350-9399 (its elasticsearch.yml)
            "network.host": "127.0.0.1",  # HTTP and transport on loopback only (the launcher insists)
            "discovery.type": "single-node",
            "cluster.name": "cen-portal-dev",
            "node.portsfile": True,  # logs/http.ports, as for opensearch
            "cluster.routing.allocation.disk.threshold_enabled": False,
        },
        # The launcher, then the server JVM it starts (as nobody when we are root).
        processes=(("--state", "{node}"), ("-Des.path.conf={node}/config",)),
        node_home="node",
        # The launcher's own JVM options match COMMON_JAVA_OPTS; these come after them.
        java_opts=HEAP_JAVA_OPTS,
    ),
}


class Node:
    """Files and processes of one engine's local node."""

    def __init__(self, engine: Engine):
        self.engine = engine
        state = engine.state
        self.home = state / engine.node_home
        self.pid_file = state / "node.pid"
        self.log_file = state / "node.log"
        self.lock_file = state / "launcher.lock"
        self.ports_file = self.home / "logs" / "http.ports"
        self.url_file = CACHE / f"{engine.name}.url"
        # Identify our processes in /proc/<pid>/cmdline (guards against reused pids).
        self.marker, *self.child_markers = [
            ("\0" + "\0".join(args) + "\0").format(state=state, node=self.home).encode() for args in engine.processes
        ]

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

    def leftovers(self):
        """(pid, marker) of processes our node started that outlived it (none normally)."""
        return [(pid, marker) for marker in self.child_markers if (pid := _find_process(marker))]

    def url(self):
        try:
            return self.url_file.read_text().strip() or None
        except OSError:
            return self._read_port_url()  # e.g. pid file was lost and recovered

    def health(self, url, timeout=5):
        """Cluster status ('green'/'yellow'/'red') or None if it does not answer."""
        return _get_json(f"{url}/_cluster/health", timeout).get("status")

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
            # A node still starting gets a minute; one that never gets there (say, its state
            # directory was deleted under it) is stopped, and a fresh one started below.
            if self._wait_healthy(pid, time.monotonic() + min(timeout, STALE_NODE_GRACE)) == 0:
                return 0
            log(f"Starting a fresh {self.engine.name} node instead.")

        self._stop_leftovers()  # they would hold the port and the data directory's lock
        self.engine.build(self)
        launch = self.engine.command(self)
        self.ports_file.unlink(missing_ok=True)  # so we never read last run's port
        started = time.monotonic()
        with open(self.log_file, "w") as out:
            env_shown = "".join(f"{key}={shlex.quote(value)} " for key, value in launch.env.items())
            out.write(f"$ {env_shown}{launch.shown or ' '.join(launch.argv)}\n\n")
            out.flush()
            # New session: the node outlives this script and the calling shell's job control.
            # close_fds (the default) keeps our lock file descriptor out of the JVM.
            proc = subprocess.Popen(
                launch.argv,
                cwd=self.engine.state,
                env={**os.environ, **launch.env},
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
                self._stop_leftovers()
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
        if not pid and not self.leftovers():
            log(f"{self.engine.name} is not running")
            return 0
        if pid:
            # The node closes cleanly on SIGTERM (the runner's shutdown hook; Elasticsearch's
            # launcher passes it on to its server JVM and waits for it).
            _terminate(pid, self.marker, grace)
        self._stop_leftovers(grace)
        self.pid_file.unlink(missing_ok=True)
        self.url_file.unlink(missing_ok=True)
        log(f"Stopped {self.engine.name}" + (f" (pid {pid})" if pid else ""))
        return 0

    def _stop_leftovers(self, grace=30):
        for pid, marker in self.leftovers():
            log(f"Stopping a leftover {self.engine.name} process (pid {pid})")
            _terminate(pid, marker, grace)

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


def _terminate(pid, marker, grace):
    """SIGTERM, then SIGKILL after `grace` seconds; returns once the process is gone."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while _is_our_process(pid, marker) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _is_our_process(pid, marker):
        log(f"pid {pid} still running after {grace}s; sending SIGKILL")
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            return
        while _is_our_process(pid, marker):
            time.sleep(0.1)


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


def _maven(pom, *goals):
    cmd = ["mvn", "-q", "-B", "-Dstyle.color=never", "-f", str(pom), *goals]
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        sys.exit(f"Maven failed ({shlex.join(cmd)}):\n{result.stdout}")


def _java():
    return os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"


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
