# base: references
# module: session_b.bce
# fails: session_b.sigmoid_prime
# A learner process has a bounded number of processes (graded as root: its own uid, RLIMIT_NPROC): the 17th fork fails.
import os
import time


def sigmoid_prime(z):
    for _ in range(20):
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)
    s = sigmoid(z)
    return s * (1 - s)
