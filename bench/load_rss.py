"""Resident memory of a server and all its descendants (worker processes), from /proc."""

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


@dataclass(frozen=True)
class TreeMemory:
    pids: tuple[int, ...]  # the root first, then its descendants
    rss_kib: int


def parent_map(proc: Path = PROC) -> dict[int, int]:
    """pid -> parent pid of every process (threads are not processes here)."""
    parents: dict[int, int] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited meanwhile
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses; split after the last ")".
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) >= 2:
            parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(root: int, parents: Mapping[int, int]) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    found: list[int] = []
    todo = [root]
    while todo:
        pid = todo.pop()
        for child in sorted(children.get(pid, [])):
            found.append(child)
            todo.append(child)
    return found


def rss_kib(pid: int, proc: Path = PROC) -> int:
    """VmRSS of one process in KiB; 0 when it has exited (or is a zombie)."""
    try:
        status = (proc / str(pid) / "status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def tree_memory(root: int, proc: Path = PROC) -> TreeMemory:
    """The RSS of root and every descendant, summed (the action server's workers included)."""
    pids = (root, *descendants(root, parent_map(proc)))
    return TreeMemory(pids, sum(rss_kib(pid, proc) for pid in pids))


def total_memory(roots: Iterable[int]) -> TreeMemory:
    trees = [tree_memory(root) for root in roots]
    return TreeMemory(tuple(p for t in trees for p in t.pids), sum(t.rss_kib for t in trees))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
