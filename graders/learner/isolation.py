"""OS-level isolation for the learner process, each layer applied where the OS allows it.

- Namespaces (``unshare``): a PID namespace, so that killing its first process kills
  everything the learner started, even what called setsid(); and a network namespace
  with no interface up, so no socket reaches anything, 127.0.0.1 included. Root may
  create them directly; other users through a user namespace, where the kernel allows.
- Landlock (Linux 5.13+): the filesystem becomes read-only except the learner's own
  folder, and unreadable outside the Python installation and system libraries, so
  neither the reference solutions nor other learners' files nor the grades can be read
  or written.

Each function returns a short status ("on" or the reason it is off) for the report.
"""
import ctypes
import ctypes.util
import os
import sys

CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
PR_SET_PDEATHSIG = 1
PR_SET_NO_NEW_PRIVS = 38

# Landlock (see linux/landlock.h). Syscall numbers are the same on x86_64 and aarch64.
SYS_LANDLOCK_CREATE_RULESET = 444
SYS_LANDLOCK_ADD_RULE = 445
SYS_LANDLOCK_RESTRICT_SELF = 446
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1
FS = {
    "execute": 1 << 0, "write_file": 1 << 1, "read_file": 1 << 2, "read_dir": 1 << 3,
    "remove_dir": 1 << 4, "remove_file": 1 << 5, "make_char": 1 << 6, "make_dir": 1 << 7,
    "make_reg": 1 << 8, "make_sock": 1 << 9, "make_fifo": 1 << 10, "make_block": 1 << 11,
    "make_sym": 1 << 12, "refer": 1 << 13, "truncate": 1 << 14, "ioctl_dev": 1 << 15,
}
ABI_RIGHTS = {1: 1 << 13, 2: 1 << 14, 3: 1 << 15, 4: 1 << 16, 5: 1 << 16}  # rights known per ABI
READ = FS["execute"] | FS["read_file"] | FS["read_dir"]


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc():
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    return libc


def _error(what):
    return f"off: {what} failed ({os.strerror(ctypes.get_errno())})"


def enter_namespaces():
    """Unshare PID and network namespaces; the next fork starts inside them.

    Returns (status, active): active is True when the caller must fork once more so
    that its child becomes the namespace's first process.
    """
    if not sys.platform.startswith("linux"):
        return "off: namespaces need Linux", False
    libc = _libc()
    if libc.unshare(CLONE_NEWPID | CLONE_NEWNET) == 0:
        return "on", True
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET) != 0:
        return _error("unshare"), False
    try:  # keep our own uid inside, so the learner's folder stays writable
        with open("/proc/self/setgroups", "w") as f:
            f.write("deny")
        with open("/proc/self/uid_map", "w") as f:
            f.write(f"{uid} {uid} 1")
        with open("/proc/self/gid_map", "w") as f:
            f.write(f"{gid} {gid} 1")
    except OSError as exc:
        return f"on (uid map failed: {exc.strerror})", True
    return "on (user namespace)", True


def die_with_parent():
    """Ask the kernel to kill this process when its parent dies."""
    if sys.platform.startswith("linux"):
        _libc().prctl(PR_SET_PDEATHSIG, 9, 0, 0, 0)


def restrict_filesystem(readable, writable):
    """Landlock: allow reading ``readable`` trees and writing ``writable`` trees, nothing else."""
    if not sys.platform.startswith("linux"):
        return "off: Landlock needs Linux"
    libc = _libc()
    abi = libc.syscall(SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0),
                       ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION))
    if abi < 1:
        return _error("Landlock (kernel support)")
    handled = ABI_RIGHTS.get(abi, 1 << 16) - 1
    attr = _RulesetAttr(handled)
    ruleset = libc.syscall(SYS_LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(ctypes.sizeof(attr)),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        return _error("landlock_create_ruleset")
    try:
        for paths, access in ((readable, READ), (writable, handled)):
            for path in paths:
                _allow(libc, ruleset, path, access & handled)
        if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return _error("no_new_privs")
        if libc.syscall(SYS_LANDLOCK_RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0)) != 0:
            return _error("landlock_restrict_self")
    finally:
        os.close(ruleset)
    return "on"


def _allow(libc, ruleset, path, access):
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a path that does not exist needs no rule
    try:
        if not os.path.isdir(path):  # rules on files take file rights only
            access &= FS["execute"] | FS["write_file"] | FS["read_file"] | FS["truncate"]
        rule = _PathBeneathAttr(access, fd)
        libc.syscall(SYS_LANDLOCK_ADD_RULE, ctypes.c_int(ruleset), ctypes.c_int(LANDLOCK_RULE_PATH_BENEATH),
                     ctypes.byref(rule), ctypes.c_uint32(0))
    finally:
        os.close(fd)


def course_folders(graders_dir, environ=None):
    """The folders that hold the course: the graders package and every extra week's folder
    (``GRADERS_WEEKS``). Read while the environment is still there."""
    environ = os.environ if environ is None else environ
    extra = [os.path.realpath(os.path.expanduser(p)) for p in environ.get("GRADERS_WEEKS", "").split(os.pathsep)
             if p.strip()]
    return [os.path.realpath(graders_dir)] + [p for p in extra if os.path.isdir(p)]


def library_paths(graders_dir, hidden=()):
    """What Python, numpy, sympy and matplotlib need to read, and nothing of the course.

    Neither the graders package (its checks, oracles and week.toml compute the reference
    answers; the harness the learner process runs is loaded before the rules apply) nor its
    parent folder, which may hold solutions/, is readable. Landlock can only allow, so a
    readable tree that holds the package (site-packages, for a regular install) is allowed
    entry by entry around it.
    """
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix,
             "/usr", "/lib", "/lib64", "/bin", "/etc", "/proc/self", "/dev/null", "/dev/urandom"}
    for entry in sys.path:
        if entry and os.path.isdir(entry) and ("site-packages" in entry or "dist-packages" in entry):
            paths.add(entry)
    try:
        import matplotlib

        paths.add(matplotlib.get_cachedir())
        paths.add(matplotlib.get_data_path())
    except Exception:
        pass
    readable = without(sorted(p for p in paths if p), graders_dir)
    for folder in hidden:  # the extra weeks' folders, wherever they are
        readable = without(readable, folder)
    return readable


def without(paths, hidden, limit=2000):
    """``paths`` with ``hidden`` carved out: a path that contains it becomes its other entries."""
    hidden = os.path.realpath(hidden)
    out = []
    for path in paths:
        real = os.path.realpath(path)
        if real == hidden or real.startswith(hidden + os.sep):
            continue  # inside the hidden tree
        if not hidden.startswith(real.rstrip(os.sep) + os.sep):
            out.append(path)
            continue
        # Walk down towards ``hidden``, allowing every sibling on the way.
        folder = real
        while folder != hidden and len(out) < limit:
            step = hidden[len(folder.rstrip(os.sep)) + 1:].split(os.sep)[0]
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                break
            out.extend(os.path.join(folder, name) for name in names if name != step)
            folder = os.path.join(folder, step)
    return out
