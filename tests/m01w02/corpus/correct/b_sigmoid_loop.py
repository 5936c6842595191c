# module: session_b.bce
import math


def _scalar_sigmoid(v):
    if v >= 0:
        return 1 / (1 + math.exp(-v))
    e = math.exp(v)
    return e / (1 + e)


def sigmoid(z):
    if np.ndim(z) == 0:
        return _scalar_sigmoid(float(z))
    z = np.asarray(z, dtype=float)
    return np.array([_scalar_sigmoid(v) for v in z.ravel()]).reshape(z.shape)
