"""The one way the grading process reads what a learner submitted: regular files, bounded.

A submission may hold a symbolic link to a host file (whose first line would then appear
in a syntax-error message), a link to /dev/zero (read until memory runs out), a FIFO
(a read that never returns), devices, sockets, a folder chain thousands of levels deep,
or millions of files. Every front end reads submissions through these functions: no link
is followed, only regular files are opened (O_NOFOLLOW | O_NONBLOCK, then fstat), sizes and
counts are capped, and folder walks are iterative, bounded in depth and in entries.
"""
import os
import stat
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from graders.learner.text import name as clean_name

MAX_FILE = 2 * 2**20  # a contract module, or a notebook once its outputs are stripped, is far smaller
MAX_DEPTH = 12
MAX_ENTRIES = 20_000


class NotRegular(Exception):
    """A path in a submission that the grader will not read; ``why`` is one phrase for the learner."""

    def __init__(self, path, why):
        super().__init__(f"{path}: {why}")
        self.path = path
        self.why = why


KINDS = {stat.S_IFLNK: "is a symbolic link: submit the file itself", stat.S_IFIFO: "is a named pipe, not a file",
         stat.S_IFSOCK: "is a socket, not a file", stat.S_IFCHR: "is a device, not a file",
         stat.S_IFBLK: "is a device, not a file", stat.S_IFDIR: "is a folder, not a file"}


def _why(mode):
    return KINDS.get(stat.S_IFMT(mode), "is not a regular file")


def read_bytes(path, limit=MAX_FILE):
    """The bytes of a regular file at ``path`` (never through a link); raises NotRegular or OSError."""
    path = Path(path)
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegular(path, _why(info.st_mode))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)  # what was opened, not what the name pointed to a moment ago
        if not stat.S_ISREG(opened.st_mode):
            raise NotRegular(path, _why(opened.st_mode))
        if opened.st_size > limit:
            raise NotRegular(path, f"is larger than {limit // 2**20} MiB")
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise NotRegular(path, f"is larger than {limit // 2**20} MiB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path, limit=MAX_FILE):
    """A regular file's text (UTF-8, bad bytes replaced); raises NotRegular or OSError."""
    return read_bytes(path, limit).decode("utf-8", errors="replace")


def problem(path):
    """Why ``path`` cannot be read as a learner's file ("is missing", "is a symbolic link: …"), or None."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    if not stat.S_ISREG(info.st_mode):
        return _why(info.st_mode)
    if info.st_size > MAX_FILE:
        return f"is larger than {MAX_FILE // 2**20} MiB"
    return None


@dataclass(frozen=True)
class Entry:
    relative: str  # with forward slashes
    path: Path
    kind: str  # file | folder | other (links, pipes, devices: listed, never opened)
    depth: int


def walk(root, max_depth=MAX_DEPTH, max_entries=MAX_ENTRIES, skip=()):
    """Every entry under ``root``, breadth first, never following links, within the bounds.

    Entries deeper than ``max_depth`` and beyond ``max_entries`` are left out (no recursion,
    so no RecursionError whatever the shape of the tree). ``skip``: folder names not entered.
    """
    root = Path(root)
    queue, seen = deque([(root, "", 0)]), 0
    while queue:
        folder, prefix, depth = queue.popleft()
        try:
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue
        for child in children:
            seen += 1
            if seen > max_entries:
                return
            relative = f"{prefix}{child.name}"
            try:
                if child.is_symlink():
                    kind = "other"
                elif child.is_dir(follow_symlinks=False):
                    kind = "folder"
                elif child.is_file(follow_symlinks=False):
                    kind = "file"
                else:
                    kind = "other"
            except OSError:
                kind = "other"
            yield Entry(relative, Path(child.path), kind, depth + 1)
            if kind == "folder" and depth + 1 < max_depth and child.name not in skip:
                queue.append((Path(child.path), relative + "/", depth + 1))


def shown(path_text):
    """A learner's path as it may appear in a message."""
    return clean_name(str(path_text))
