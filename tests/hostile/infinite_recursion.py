# base: references
# module: session_a.chain_rule
# fails: session_a.d_sin_x2, session_a.d_tanh_2x
# says: recursed too deeply|ended while it ran|timed out|used more than
import sys


def d_sin_x2(x):
    return d_sin_x2(x)


def d_tanh_2x(x):
    sys.setrecursionlimit(10**7)  # the C stack overflows instead: the process dies
    return d_tanh_2x(x)
