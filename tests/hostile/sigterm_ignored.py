# base: references
# module: session_b.train
# fails: session_b.make_blobs
# says: timed out after
import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)


def make_blobs(n=200, seed=0):
    while True:
        pass
