# module: session_a.backprop
# why: np.piecewise for relu and np.vectorize of a Python conditional for relu_prime
def relu(z):
    z = np.asarray(z, dtype=float)
    return np.piecewise(z, [z > 0], [lambda v: v, 0.0])


_step = np.vectorize(lambda v: 1.0 if v > 0 else 0.0, otypes=[float])


def relu_prime(z):
    return _step(z)
