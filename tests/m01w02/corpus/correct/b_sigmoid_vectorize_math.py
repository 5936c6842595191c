# module: session_b.bce
# why: a scalar math-module sigmoid lifted to arrays with np.vectorize (returns 0-d arrays for scalars)
import math


def _sig(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


sigmoid = np.vectorize(_sig, otypes=[float])
