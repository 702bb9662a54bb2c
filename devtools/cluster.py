#!/usr/bin/env python3
"""Run a real three-node search engine cluster locally: three JVMs that discover each other.

    python3 devtools/cluster.py start            # prints the first node's URL, e.g. http://127.0.0.1:9231
    python3 devtools/cluster.py status           # each node, and the cluster's health
    python3 devtools/cluster.py urls             # every node's URL, one a line
    python3 devtools/cluster.py kill 2           # SIGKILL node 2 (a crash, for the drills)
    python3 devtools/cluster.py start-node 2     # start node 2 again and wait until it has joined
    python3 devtools/cluster.py stop
    python3 devtools/cluster.py reset            # stop and delete the cluster's data
    python3 devtools/cluster.py start --engine elasticsearch

devtools/engine.py runs the single test node; this runs a separate cluster beside it, built
from the same Maven Central artifacts (it reuses engine.py's build and JVM options):
- opensearch: three ClusterNode.java JVMs (codelibs' runner, one node per JVM, each with its
  own opensearch.yml: node name, HTTP and transport port, discovery.seed_hosts and
  cluster.initial_cluster_manager_nodes). HTTP 9231-9233, transport 9431-9433.
- elasticsearch: three launcher + server JVM pairs of devtools/elasticsearch, with -E flags
  for the same discovery settings. HTTP 9261-9263, transport 9461-9463.
Everything binds to 127.0.0.1. State lives under .cache/cluster/<engine>/node-N/.

Standard library only, like engine.py.
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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import engine as single  # noqa: E402  (devtools/engine.py: builds, JVM options, process helpers)

CACHE = single.REPO / ".cache" / "cluster"
CLUSTER_NAME = "cen-portal-cluster"
# Three nodes on a shared dev machine: a smaller heap than the single test node's.
# CLUSTER_JAVA_OPTS (appended last) overrides it, e.g. CLUSTER_JAVA_OPTS=-Xmx1g.
CLUSTER_HEAP = ["-Xms256m", "-Xmx512m", "-XX:MaxDirectMemorySize=256m"]


@dataclass(frozen=True)
class Flavour:
    name: str  # "opensearch" or "elasticsearch": the devtools/<name> project engine.py builds
    http_base: int
    transport_base: int
    manager_setting: str  # the setting that names the nodes allowed to bootstrap the cluster


FLAVOURS = {
    "opensearch": Flavour("opensearch", 9231, 9431, "cluster.initial_cluster_manager_nodes"),
    "elasticsearch": Flavour("elasticsearch", 9261, 9461, "cluster.initial_master_nodes"),
}


class Member:
    """One node of the cluster: its files, ports and process."""

    def __init__(self, flavour: Flavour, number: int, size: int):
        self.flavour = flavour
        self.number = number
        self.size = size
        self.state = CACHE / flavour.name / f"node-{number}"
        self.name = f"cen-{flavour.name}-{number}"
        self.http_port = flavour.http_base + number - 1
        self.transport_port = flavour.transport_base + number - 1
        self.pid_file = self.state / "node.pid"
        self.log_file = self.state / "node.log"
        if flavour.name == "opensearch":
            self.home = self.state / "node_1"  # the runner's node home under -basePath
            markers = [("-basePath", str(self.state))]
        else:
            self.home = self.state / "node"
            # The launcher, then the server JVM it starts (as nobody when we are root).
            markers = [("--state", str(self.home)), (f"-Des.path.conf={self.home}/config",)]
        self.marker, *self.child_markers = [("\0" + "\0".join(args) + "\0").encode() for args in markers]

    @property
    def url(self):
        return f"http://127.0.0.1:{self.http_port}"

    def settings(self):
        """Cluster settings every node shares, plus its own name and ports."""
        members = [Member(self.flavour, number, self.size) for number in range(1, self.size + 1)]
        return {
            "cluster.name": CLUSTER_NAME,
            "node.name": self.name,
            "network.host": "127.0.0.1",
            "http.port": self.http_port,
            "transport.port": self.transport_port,
            "discovery.seed_hosts": [f"127.0.0.1:{member.transport_port}" for member in members],
            self.flavour.manager_setting: [member.name for member in members],
            # Dev disks fill up; don't let the disk watermarks turn indices read-only.
            "cluster.routing.allocation.disk.threshold_enabled": False,
        }

    def pid(self):
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            pid = None
        if pid and single._is_our_process(pid, self.marker):
            return pid
        pid = single._find_process(self.marker)
        if pid:
            self.pid_file.write_text(f"{pid}\n")
        else:
            self.pid_file.unlink(missing_ok=True)
        return pid

    def launch(self):
        """Start the node's JVM(s) in the background; returns the pid."""
        self.state.mkdir(parents=True, exist_ok=True)
        argv, env = command(self)
        with open(self.log_file, "w") as out:
            shown = " ".join(argv) if len(" ".join(argv)) < 2000 else " ".join(argv[:3]) + " ..."
            out.write(f"$ {shown}\n\n")
            out.flush()
            proc = subprocess.Popen(
                argv,
                cwd=self.state,
                env={**os.environ, **env},
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives this script and the calling shell
            )
        self.pid_file.write_text(f"{proc.pid}\n")
        single.log(f"Started {self.name} (pid {proc.pid}) on {self.url}, log: {single._rel(self.log_file)}")
        return proc.pid

    def kill(self):
        """SIGKILL, as a crash would: for Elasticsearch the server JVM itself."""
        for marker in [*self.child_markers, self.marker]:
            pid = single._find_process(marker)
            if pid:
                os.kill(pid, signal.SIGKILL)
                while single._is_our_process(pid, marker):
                    time.sleep(0.1)
                single.log(f"Killed {self.name} (pid {pid})")
                break
        # The Elasticsearch launcher exits when its server has gone; wait for it too.
        deadline = time.monotonic() + 30
        while self.pid() and time.monotonic() < deadline:
            time.sleep(0.2)

    def stop(self, grace=30):
        pid = self.pid()
        if pid:
            single._terminate(pid, self.marker, grace)
            single.log(f"Stopped {self.name} (pid {pid})")
        for marker in self.child_markers:
            leftover = single._find_process(marker)
            if leftover:
                single._terminate(leftover, marker, grace)
        self.pid_file.unlink(missing_ok=True)

    def tail(self, lines=30):
        try:
            text = self.log_file.read_text(errors="replace").splitlines()
        except OSError:
            text = []
        return "\n".join("    " + line for line in text[-lines:])


def command(member):
    """(argv, extra environment) that run the member in the foreground."""
    java_opts = [*CLUSTER_HEAP, *shlex.split(os.environ.get("CLUSTER_JAVA_OPTS", ""))]
    if member.flavour.name == "opensearch":
        config = member.home / "config" / "opensearch.yml"
        config.parent.mkdir(parents=True, exist_ok=True)
        lines = ["# Written by devtools/cluster.py on each start; edit Member.settings there instead."]
        lines += [f"{key}: {json.dumps(value)}" for key, value in member.settings().items()]
        config.write_text("\n".join(lines) + "\n")
        engine = single.ENGINES["opensearch"]
        cp = (engine.state / "classpath.txt").read_text().strip()
        return [
            single._java(),
            *single.COMMON_JAVA_OPTS,
            *engine.java_opts,
            *java_opts,
            "-cp",
            os.pathsep.join([str(engine.state / "classes"), cp]),
            "ClusterNode",
            "-basePath",
            str(member.state),
            "-numOfNode",
            "1",
            "-clusterName",
            CLUSTER_NAME,
        ], {}
    engine = single.ENGINES["elasticsearch"]
    home = single.es_home(engine)
    settings = member.settings()
    port = settings.pop("http.port")
    settings["discovery.type"] = "multi-node"  # the home's elasticsearch.yml says single-node
    flags = []
    for key, value in settings.items():
        if isinstance(value, list):
            value = ",".join(value)
        elif isinstance(value, bool):
            value = str(value).lower()
        flags.append(f"-E{key}={value}")
    argv = [
        single._java(),
        *single.ES_LAUNCHER_JAVA_OPTS,
        "-cp",
        f"{home}/launcher/*{os.pathsep}{home}/lib/*",
        "devtools.es.EsLauncher",
        "--home",
        str(home),
        "--state",
        str(member.home),
        "--port",
        str(port),
        *flags,
    ]
    return argv, {"ES_JAVA_OPTS": " ".join(java_opts)}


def build(flavour):
    """engine.py's build of the same engine (shared), which also compiles ClusterNode.java."""
    engine = single.ENGINES[flavour.name]
    engine.state.mkdir(parents=True, exist_ok=True)
    engine.build(single.Node(engine))


def health(url, timeout=3):
    return single._get_json(f"{url}/_cluster/health", timeout)


def wait_for_cluster(members, deadline, want_nodes):
    """Until some member reports `want_nodes` nodes and green or yellow health; True if so."""
    while time.monotonic() < deadline:
        for member in members:
            if not member.pid():
                continue
            report = health(member.url)
            if report.get("number_of_nodes", 0) >= want_nodes and report.get("status") in ("green", "yellow"):
                return True
        time.sleep(1)
    return False


def start(members, timeout):
    build(members[0].flavour)
    started = time.monotonic()
    for member in members:
        if member.pid():
            continue
        busy = single._get_json(member.url, 1)
        if busy:
            sys.exit(f"Port {member.http_port} already answers ({busy.get('name', '?')}): not our node.")
        member.launch()
    if not wait_for_cluster(members, started + timeout, len(members)):
        for member in members:
            single.log(f"{member.name}: last lines of {single._rel(member.log_file)}:\n{member.tail()}")
        single.log(f"The cluster did not form within {timeout:.0f}s; stopping it.")
        for member in members:
            member.stop()
        return 1
    single.log(f"Cluster of {len(members)} nodes healthy after {time.monotonic() - started:.1f}s")
    print(members[0].url)
    return 0


def start_node(members, number, timeout):
    member = members[number - 1]
    if not member.pid():
        build(member.flavour)
        member.launch()
    if wait_for_cluster(members, time.monotonic() + timeout, len(members)):
        single.log(f"{member.name} has joined the cluster")
        return 0
    single.log(f"{member.name} did not join within {timeout:.0f}s:\n{member.tail()}")
    return 1


def status(members):
    running = 0
    for member in members:
        pid = member.pid()
        running += bool(pid)
        state = f"running (pid {pid})" if pid else "not running"
        print(f"{member.name}: {state}, {member.url}")
    live = [member for member in members if member.pid()]
    report = health(live[0].url) if live else {}
    if report:
        print(
            f"cluster {report.get('cluster_name')}: {report.get('status')}, "
            f"{report.get('number_of_nodes')} nodes, {report.get('unassigned_shards')} unassigned shards"
        )
    return 0 if running == len(members) and report.get("status") in ("green", "yellow") else 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["start", "stop", "status", "url", "urls", "kill", "start-node", "reset"])
    parser.add_argument("node", nargs="?", type=int, help="kill / start-node: the node's number (1-3)")
    parser.add_argument("--engine", choices=sorted(FLAVOURS), default="opensearch")
    parser.add_argument("--nodes", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for the cluster")
    args = parser.parse_args(argv)

    flavour = FLAVOURS[args.engine]
    members = [Member(flavour, number, args.nodes) for number in range(1, args.nodes + 1)]
    if args.command in ("kill", "start-node") and not (args.node and 1 <= args.node <= args.nodes):
        parser.error(f"{args.command} needs a node number from 1 to {args.nodes}")

    if args.command == "status":
        return status(members)
    if args.command == "url":
        live = [member for member in members if member.pid()]
        if live:
            print(live[0].url)
        return 0 if live else 1
    if args.command == "urls":
        for member in members:
            print(member.url)
        return 0

    (CACHE / flavour.name).mkdir(parents=True, exist_ok=True)
    with open(CACHE / flavour.name / "cluster.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if args.command == "start":
            return start(members, args.timeout)
        if args.command == "kill":
            members[args.node - 1].kill()
            return 0
        if args.command == "start-node":
            return start_node(members, args.node, args.timeout)
        for member in members:
            member.stop()
        if args.command == "reset":
            for member in members:
                shutil.rmtree(member.state, ignore_errors=True)
            single.log(f"Deleted {single._rel(CACHE / flavour.name)}/node-*")
        return 0


if __name__ == "__main__":
    sys.exit(main())
