# module: session_b.bce
import math


def bce_loss(y, p, eps=1e-9):
    total = 0.0
    for label, prob in zip(y, p):
        total += -(label * math.log(prob + eps) + (1 - label) * math.log(1 - prob + eps))
    return total / len(y)
