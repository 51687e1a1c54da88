"""Connecting the driver to Ray: a running cluster (``auto`` or an address) or a local one."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

LOCAL = "local"


class ClusterError(Exception):
    """No Ray cluster could be started or reached; the message says which and why."""


@contextmanager
def connected(address: str) -> Iterator[None]:
    """Ray initialised for the block: ``local`` starts a cluster in this process, ``auto``
    finds a running one, anything else is a cluster's address. A connection made before
    is used as it is and left open."""
    import ray

    if ray.is_initialized():
        _quiet_data()
        yield
        return
    options = {"logging_level": logging.WARNING, "configure_logging": True}
    try:
        if address == LOCAL:
            ray.init(include_dashboard=False, **options)
        else:
            ray.init(address=address, **options)
    except (ConnectionError, ValueError) as error:
        raise ClusterError(f"cannot reach a Ray cluster at {address!r}: {error}") from None
    try:
        _quiet_data()
        yield
    finally:
        ray.shutdown()


def _quiet_data() -> None:
    """Ray Data's own progress bars off: the ingest shows articles/s and an ETA itself."""
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.enable_operator_progress_bars = False
    for name in ("ray.data", "ray.data._internal.progress.logging_progress"):
        logging.getLogger(name).setLevel(logging.ERROR)
