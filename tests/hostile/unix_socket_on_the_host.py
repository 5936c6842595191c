# base: references
# module: session_b.bce
# fails: none
# Connects to a named Unix socket of the host (a docker, database or ssh-agent socket, say).
import socket

SOCKET_PATH = "/nonexistent"  # the test puts the path of its own listening socket here

_original = sigmoid


def sigmoid(z):
    for family in (socket.AF_UNIX,):
        try:
            with socket.socket(family, socket.SOCK_STREAM) as s:
                s.settimeout(1)
                s.connect(SOCKET_PATH)
                s.sendall(b"leaked")
        except OSError:
            pass
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.connect("\0graders-canary")  # an abstract socket
    except OSError:
        pass
    return _original(z)
