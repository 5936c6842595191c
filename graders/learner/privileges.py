"""Dropping what the learner process does not need: root's identity and every capability.

Gradescope runs its autograder as root, and so may an instructor. A learner process
that keeps root's capabilities can raise its own priority (SCHED_FIFO starves the machine)
and, wherever Landlock is missing, read any file. Graded as root, the learner process
becomes a uid and gid of its own (no name, no groups, no home), owning only its workdir;
under a user namespace it keeps its uid but gives up the capabilities the namespace
granted. Either way the effective, permitted, inheritable and ambient sets end empty.
"""
import ctypes
import ctypes.util
import os
import sys

from graders.learner import mounts

FIRST_UID = 200_000  # above every uid a distribution hands out, below the overflow uid
UIDS = 100_000
_LINUX_CAPABILITY_VERSION_3 = 0x20080522
PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 47, 4


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def learner_uid(pid):
    """A uid no other learner process running now holds (pids are unique while they run)."""
    return FIRST_UID + pid % UIDS


def _give(path, uid, limit=10_000):
    """Make the workdir (at most ``limit`` entries) the learner uid's, without following links."""
    os.chown(path, uid, uid, follow_symlinks=False)
    count = 0
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), uid, uid, follow_symlinks=False)
            count += 1
            if count >= limit:
                return


def drop(workdir, needed=(), uid=None, processes=None):
    """Leave root (or the namespace's capabilities) behind: 'on (uid N, …)' or why not.

    ``needed``: folders the learner process must still read once it is another user
    (the Python installation, its site-packages); ``uid``: the one to become, if root.
    """
    if not sys.platform.startswith("linux"):
        return "off: needs Linux"
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    kept = ""
    try:
        # A Python under a folder other users cannot enter (/root, mode 700) would break every
        # later import once the uid changes; the private view replaces such folders, else stay.
        closed = sorted(mounts.closed_ancestors(needed)) if os.geteuid() == 0 else []
        if closed:
            kept = f"uid 0 kept: {closed[0]} is closed to other users; "
        elif os.geteuid() == 0:
            uid = learner_uid(os.getpid()) if uid is None else uid
            parent = os.path.dirname(os.path.realpath(workdir))
            if os.path.basename(parent).startswith("graders-"):  # the grader's own temporary folder
                os.chown(parent, uid, uid)
            _give(workdir, uid)
            os.setgroups([])
            os.setresgid(uid, uid, uid)
            os.setresuid(uid, uid, uid)  # from 0 to another uid: the kernel clears the capabilities
            if processes:
                # The uid is this learner process's alone, so RLIMIT_NPROC bounds its processes and
                # threads, and with RLIMIT_AS on each, the memory it can hold in all of them.
                import resource

                resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
        libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
        header = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0)
        empty = (_CapData * 2)()
        if libc.capset(ctypes.byref(header), empty) != 0:
            return f"off: capset failed ({os.strerror(ctypes.get_errno())})"
    except OSError as exc:
        return f"off: {exc.strerror or exc}"
    if kept:
        return f"partial: {kept}no capabilities"
    return f"on (uid {os.getuid()}, no capabilities)"


def status_line(field):
    """A field of /proc/self/status (Uid, CapEff, …), for tests and the report."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""
