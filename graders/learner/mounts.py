"""A private view of the filesystem for the learner process (a Linux mount namespace).

In its own mount namespace the learner process sees:
- its workdir on a tmpfs of a fixed size: everything it writes, in all files together,
  fits in that size (RLIMIT_FSIZE bounds one file only), and it is gone when the process is;
- empty tmpfs over /tmp, /run and /dev/shm: no host file or named socket there to reach
  (docker, databases and ssh agents keep their sockets under /run and /tmp);
- folders closed to other users (/root, mode 700, when Python itself lives under it)
  replaced by a tmpfs that holds only the parts Python needs, so that the learner process
  can run as an unprivileged uid and still import from its installation.

Nothing changes outside the namespace: mounts made here are private to it.
"""
import ctypes
import ctypes.util
import os
import stat
import sys

CLONE_NEWNS = 0x00020000
MS_NOSUID, MS_NODEV, MS_BIND, MS_REC, MS_PRIVATE = 0x2, 0x4, 0x1000, 0x4000, 0x40000
EMPTIED = ("/tmp", "/run", "/dev/shm")
MAX_FILES = 2000  # the submission's copy is a few dozen files


def _libc():
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    return libc


def _mount(libc, source, target, fstype, flags, data=None):
    encode = (lambda v: v.encode() if isinstance(v, str) else v)
    if libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)) != 0:
        raise OSError(ctypes.get_errno(), f"mount {target}: {os.strerror(ctypes.get_errno())}")


def _read_tree(root):
    """{relative path: bytes or None for a folder} of the workdir's copy (plain files only)."""
    found = {}
    for folder, dirs, files in os.walk(root):
        relative = os.path.relpath(folder, root)
        for name in dirs:
            found[os.path.normpath(os.path.join(relative, name))] = None
        for name in files:
            path = os.path.join(folder, name)
            if len(found) < MAX_FILES and stat.S_ISREG(os.lstat(path).st_mode):
                with open(path, "rb") as f:
                    found[os.path.normpath(os.path.join(relative, name))] = f.read()
    return found


def _write_tree(root, tree):
    os.makedirs(root, exist_ok=True)
    for relative in sorted(tree):
        path = os.path.join(root, relative)
        if tree[relative] is None:
            os.makedirs(path, exist_ok=True)
        else:
            with open(path, "wb") as f:
                f.write(tree[relative])


def closed_ancestors(paths):
    """{closed folder: [needed paths below it]}: folders that other users cannot enter."""
    found = {}
    for path in paths:
        real = os.path.realpath(path)
        folder = os.path.dirname(real)
        closed = None
        while folder != os.path.dirname(folder):
            try:
                if not os.stat(folder).st_mode & 0o001:
                    closed = folder  # keep the outermost
            except OSError:
                break
            folder = os.path.dirname(folder)
        if closed is not None and os.path.isdir(real):
            found.setdefault(closed, []).append(real)
    return found


def _cover(libc, folder, keep, options):
    """A fresh tmpfs over ``folder`` that holds bind mounts of the ``keep`` paths below it."""
    keep = sorted({p for p in keep if not any(p.startswith(q + os.sep) for q in keep if q != p)})
    fds = [os.open(p, os.O_PATH | os.O_DIRECTORY) for p in keep]
    _mount(libc, "tmpfs", folder, "tmpfs", MS_NOSUID | MS_NODEV, options)
    for path, fd in zip(keep, fds):
        os.makedirs(path, mode=0o755, exist_ok=True)
        _mount(libc, f"/proc/self/fd/{fd}", path, None, MS_BIND | MS_REC)
        os.close(fd)


def private_view(workdir, needed, workdir_bytes):
    """Enter a mount namespace and set the view up; 'on' or why it is off."""
    if not sys.platform.startswith("linux"):
        return "off: mount namespaces need Linux"
    libc = _libc()
    workdir = os.path.realpath(workdir)
    parent = os.path.dirname(workdir)
    try:
        tree = _read_tree(workdir)
    except OSError as exc:
        return f"off: could not read the workdir ({exc.strerror})"
    if libc.unshare(CLONE_NEWNS) != 0:
        return f"off: unshare failed ({os.strerror(ctypes.get_errno())})"
    try:
        _mount(libc, None, "/", None, MS_REC | MS_PRIVATE)  # nothing done here reaches the host
        # Folders closed to others: a fresh tmpfs holding bind mounts of what Python needs.
        closed = closed_ancestors(needed)
        for folder, inside in closed.items():
            _cover(libc, folder, inside, "size=1m,mode=0755")
        real_needed = [os.path.realpath(p) for p in needed if os.path.isdir(p)]
        for folder in EMPTIED:
            if os.path.isdir(folder) and not os.path.islink(folder):
                # Python itself may live there (a checkout under /tmp with its .venv): kept.
                inside = [p for p in real_needed if p.startswith(os.path.realpath(folder) + os.sep)]
                _cover(libc, folder, inside, "size=1m,mode=1777")
        # The workdir last: it may lie under /tmp or a folder replaced above.
        os.makedirs(parent, mode=0o700, exist_ok=True)
        _mount(libc, "tmpfs", parent, "tmpfs", MS_NOSUID | MS_NODEV, f"size={workdir_bytes},mode=0700")
        _write_tree(workdir, tree)
    except OSError as exc:
        # The namespace is half set up; the workdir may be hidden: the caller must not go on.
        raise RuntimeError(f"the private filesystem view failed: {exc}") from None
    shown = f", {', '.join(sorted(closed))} reduced to Python's folders" if closed else ""
    return f"on (workdir capped at {workdir_bytes // 2**20} MiB{shown})"
