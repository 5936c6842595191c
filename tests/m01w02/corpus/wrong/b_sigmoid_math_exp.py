# module: session_b.bce
# check: session_b.sigmoid.values
# says: raised TypeError
import math


def sigmoid(z):
    return 1 / (1 + math.exp(-z))
