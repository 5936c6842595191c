"""Resource limits for the learner process, set after it forks and before learner code runs."""
import os
import signal
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    call_seconds: float = 5.0  # wall clock for one call, unless a check asks for more
    max_call_seconds: float = 120.0  # a cap on what any check may ask for
    import_seconds: float = 10.0  # wall clock for importing one module
    cell_seconds: float = 60.0  # one top-level notebook cell (exploratory training loops take seconds), as nbgrader's
    cells_seconds: float = 120.0  # all the cells of a submission's notebooks, each time they run
    memory_mib: int = 1024  # address space a learner may add on top of the libraries
    cpu_seconds: int = 300  # CPU time for the whole learner process
    file_mib: int = 64  # largest file the learner may write
    disk_mib: int = 256  # everything the learner may write, all files together (a sized tmpfs)
    open_files: int = 256
    processes: int = 16  # processes and threads of the learner's own uid (when graded as root): memory_mib each
    output_kib: int = 64  # printed output kept per call (the rest is dropped)
    budget_seconds: float = 60.0  # wall clock for all the checks of one submission, restarts included
    isolate: bool = True  # namespaces (no network, own PIDs) and Landlock, where the OS allows


def _address_space_in_use():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def apply(limits: Limits):
    """Set rlimits on the current process. Silently skips what the OS does not offer."""
    try:
        import resource
    except ImportError:  # not POSIX
        return

    def setlimit(name, value):
        kind = getattr(resource, name, None)
        if kind is None:
            return
        soft, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(kind, (value, value if name != "RLIMIT_CPU" else value + 5))
        except (ValueError, OSError):
            pass

    in_use = _address_space_in_use()
    if in_use is not None:
        setlimit("RLIMIT_AS", in_use + limits.memory_mib * 2**20)
    setlimit("RLIMIT_CPU", limits.cpu_seconds)
    setlimit("RLIMIT_FSIZE", limits.file_mib * 2**20)
    setlimit("RLIMIT_NOFILE", limits.open_files)
    setlimit("RLIMIT_CORE", 0)
    # A write past the file-size limit should fail with an error, not kill the process.
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def kill_group(pid):
    """Kill a learner process and everything it started (it leads its own group)."""
    for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
        try:
            kill()
        except (ProcessLookupError, PermissionError, OSError):
            pass


WALL_FACTOR = 3  # a call may wait this many times its limit on a busy machine, but no longer
IDLE_SHARE = 0.2  # a call that used less CPU than this share of the wall time so far is waiting


def tree_cpu_seconds(pid):
    """CPU time used so far by ``pid`` and everything below it (Linux /proc), or None."""
    total, todo, seen = 0, [pid], set()
    try:
        ticks = os.sysconf("SC_CLK_TCK")
    except (AttributeError, ValueError, OSError):
        return None
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime and stime
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", "rb") as children:
                    todo += [int(c) for c in children.read().split()]
        except (OSError, ValueError, IndexError):
            if current == pid:
                return None
    return total / ticks


class CpuClock:
    """A call's time limit counted in CPU seconds of the learner's process tree, where the OS says.

    The wall clock alone makes the verdict depend on the machine's load: on a busy machine a
    slow but correct training loop runs out of time. So when the wall-clock limit passes,
    the call gets more time as long as the learner's processes have used less CPU than the
    limit, up to WALL_FACTOR times the limit. Code that sleeps or waits uses next to no CPU,
    so it gets no more time than the limit.
    """

    def __init__(self, pid, limit, started):
        self.pid, self.limit, self.started = pid, limit, started
        self.at_start = tree_cpu_seconds(pid) if pid else None

    def extend(self):
        """A new deadline (time.monotonic) or None when the call is out of time."""
        import time

        if self.at_start is None:
            return None
        now = time.monotonic()
        last = self.started + WALL_FACTOR * self.limit
        used = tree_cpu_seconds(self.pid)
        if used is None or now >= last or used - self.at_start >= self.limit:
            return None
        if used - self.at_start < IDLE_SHARE * (now - self.started):
            return None  # it is waiting (sleep, a blocked read), not computing: more time changes nothing
        return min(last, now + max(0.05, self.limit - (used - self.at_start)))
