# base: stubs
# module: session_b.bce
# fails: all
# says: grader
# The reference maths is importable in the learner process (an attack that once gave full marks).
from graders.m01w02 import oracles


def sigmoid(z):
    return oracles.sigma(z)


def bce_grad_z(z, y):
    return oracles.sigma(z) - y
