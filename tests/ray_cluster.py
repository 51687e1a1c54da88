"""A real two-node Ray cluster on this machine, on its own loopback ports, for the scale tests.

Each node is a ``ray start --block`` process; terminating it (by its pid) makes Ray stop
every process of that node, so the tests stop exactly the cluster they started. The
cluster has its own authentication token, which drivers get through ``Cluster.env``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

RAY = str(Path(sys.executable).with_name("ray"))
OBJECT_STORE = 200 * 1024 * 1024
WORKER_PORTS = 8
# A stopped test node has nothing to drain: do not wait Ray's default 30 s for it.
QUICK_STOP = {"RAY_GRACEFUL_SHUTDOWN_DRAIN_TIMEOUT_S": "1"}


def free_ports(count: int) -> list[int]:
    """Ports on 127.0.0.1 that nothing listens on right now."""
    with ExitStack() as stack:
        sockets = [stack.enter_context(closing(socket.socket())) for _ in range(count)]
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]


def _node_options(resources: dict[str, float]) -> list[str]:
    ports = free_ports(6 + WORKER_PORTS)
    return [
        "--node-ip-address=127.0.0.1",
        "--num-cpus=1",
        f"--resources={json.dumps(resources)}",
        f"--object-store-memory={OBJECT_STORE}",
        f"--node-manager-port={ports[0]}",
        f"--object-manager-port={ports[1]}",
        f"--dashboard-agent-listen-port={ports[2]}",
        f"--dashboard-agent-grpc-port={ports[3]}",
        f"--runtime-env-agent-port={ports[4]}",
        f"--metrics-export-port={ports[5]}",
        "--worker-port-list=" + ",".join(map(str, ports[6:])),
        "--disable-usage-stats",
        "--block",
    ]


@dataclass(frozen=True)
class Cluster:
    """The head's address and the environment a driver needs to join the cluster."""

    address: str
    env: dict[str, str]


def _wait_for_nodes(cluster: Cluster, count: int, log: Path, timeout: float = 240) -> None:
    """Wait until ``count`` nodes are alive (a loaded machine starts a node slowly); fail
    with the end of the nodes' log."""
    deadline = time.monotonic() + timeout
    probe = (
        f"import ray; ray.init(address={cluster.address!r}, logging_level='ERROR'); "
        "print(sum(n['Alive'] for n in ray.nodes()))"
    )
    while time.monotonic() < deadline:
        try:
            done = subprocess.run(
                [sys.executable, "-c", probe],
                capture_output=True,
                text=True,
                timeout=30,
                env=cluster.env,
            )
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0 and done.stdout.strip().endswith(str(count)):
            return
        time.sleep(1)
    tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
    raise RuntimeError(f"the cluster at {cluster.address} did not reach {count} nodes:\n{tail}")


@contextmanager
def two_node_cluster() -> Iterator[Cluster]:
    """A head node and a second node, one CPU each."""
    temp = tempfile.mkdtemp(prefix="ray-", dir="/tmp")
    [port] = free_ports(1)
    address = f"127.0.0.1:{port}"
    token = {"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": secrets.token_hex(32)}
    cluster = Cluster(address, {**os.environ, **token, **QUICK_STOP})
    head = [RAY, "start", "--head", f"--port={port}", f"--temp-dir={temp}"]
    head += ["--include-dashboard=false", *_node_options({"head": 1})]
    second = [RAY, "start", f"--address={address}", *_node_options({"second": 1})]
    nodes: list[subprocess.Popen] = []
    log = Path(temp) / "nodes.log"
    with log.open("ab") as out:
        try:
            for command in (head, second):
                nodes.append(
                    subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=cluster.env)
                )
                out.flush()
                _wait_for_nodes(cluster, len(nodes), log)
            yield cluster
        finally:
            for node in reversed(nodes):
                node.terminate()
                try:
                    node.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    node.kill()
                    node.wait()
            shutil.rmtree(temp, ignore_errors=True)
