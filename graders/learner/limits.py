"""Resource limits for the learner process, set after it forks and before learner code runs."""
import os
import signal
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    call_seconds: float = 5.0  # wall clock for one call, unless a check asks for more
    max_call_seconds: float = 120.0  # a cap on what any check may ask for
    import_seconds: float = 10.0  # wall clock for importing one module
    memory_mib: int = 1024  # address space a learner may add on top of the libraries
    cpu_seconds: int = 300  # CPU time for the whole learner process
    file_mib: int = 64  # largest file the learner may write
    open_files: int = 256
    output_kib: int = 64  # printed output kept per call (the rest is dropped)
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
