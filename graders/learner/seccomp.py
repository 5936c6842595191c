"""A seccomp filter that takes Unix sockets and io_uring away from the learner process.

Landlock (before ABI 6) does not cover ``connect()`` to a named Unix socket, and the
network namespace covers abstract ones only: a docker, database or ssh-agent socket on the
grading machine would be open to learner code. The learner process needs no new Unix
socket (it talks to the grader on one it inherits), so ``socket(AF_UNIX, …)`` and
``socketpair(AF_UNIX, …)`` fail with EPERM. ``io_uring_setup`` is refused too: io_uring can
open sockets and files without the system calls a filter sees.

The filter is a classic BPF program, installed with prctl; no library is needed.
"""
import ctypes
import ctypes.util
import errno
import os
import struct
import sys

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
AF_UNIX = 1
X32_SYSCALL_BIT = 0x40000000

# BPF opcodes: load a word of seccomp_data, compare and jump, return.
LOAD = 0x20  # BPF_LD | BPF_W | BPF_ABS
JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
RET = 0x06  # BPF_RET | BPF_K
NR, ARCH, ARG0 = 0, 4, 16  # offsets in struct seccomp_data (little-endian low word of args[0])

#: machine → (AUDIT_ARCH value, socket, socketpair, io_uring_setup, has the x32 ABI)
ARCHES = {
    "x86_64": (0xC000003E, 41, 53, 425, True),
    "aarch64": (0xC00000B7, 198, 199, 425, False),
}


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def program(machine):
    """The filter for ``machine`` as a list of (code, jt, jf, k), or None where unknown."""
    if machine not in ARCHES:
        return None
    arch, sock, pair, uring, x32 = ARCHES[machine]
    deny = SECCOMP_RET_ERRNO | errno.EPERM
    # Jumps count instructions forward from the next one; the last two are ALLOW and DENY.
    body = [(LOAD, 0, 0, ARCH), ("arch", arch), (LOAD, 0, 0, NR)]
    if x32:
        body.append(("deny_if_ge", X32_SYSCALL_BIT))  # x32 calls would dodge the numbers below
    body += [("deny_if", uring), ("check_if", sock), ("check_if", pair), ("allow",),
             (LOAD, 0, 0, ARG0), ("deny_if", AF_UNIX), ("allow",)]
    # Resolve the symbolic steps into real instructions; ALLOW and DENY come last.
    size = len(body)
    allow_at, deny_at = size, size + 1
    check_at = next(i for i, step in enumerate(body) if step == (LOAD, 0, 0, ARG0))
    out = []
    for i, step in enumerate(body):
        after = i + 1
        kind = step[0]
        if kind == "arch":
            out.append((JEQ, 0, deny_at - after, step[1]))
        elif kind == "deny_if_ge":
            out.append((JGE, deny_at - after, 0, step[1]))
        elif kind == "deny_if":
            out.append((JEQ, deny_at - after, 0, step[1]))
        elif kind == "check_if":
            out.append((JEQ, check_at - after, 0, step[1]))
        elif kind == "allow":
            out.append((JEQ, allow_at - after, allow_at - after, 0))  # an unconditional jump
        else:
            out.append(step)
    return out + [(RET, 0, 0, SECCOMP_RET_ALLOW), (RET, 0, 0, deny)]


def refuse_unix_sockets():
    """Install the filter in this process (and its future children): 'on' or why it is off."""
    if not sys.platform.startswith("linux"):
        return "off: seccomp needs Linux"
    steps = program(os.uname().machine)
    if steps is None:
        return f"off: no filter for {os.uname().machine}"
    code = b"".join(struct.pack("<HBBI", *step) for step in steps)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = _Filter(len(steps), ctypes.addressof(buffer))
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return f"off: no_new_privs failed ({os.strerror(ctypes.get_errno())})"
    if libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        return f"off: seccomp failed ({os.strerror(ctypes.get_errno())})"
    return "on"
