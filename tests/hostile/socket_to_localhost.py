# base: references
# module: session_b.bce
# fails: none
import socket

PORT = 9  # the test puts the port of its own listening socket here

_original = sigmoid


def sigmoid(z):
    try:
        with socket.create_connection(("127.0.0.1", PORT), timeout=1) as s:
            s.sendall(b"leaked")
    except OSError:
        pass
    return _original(z)
