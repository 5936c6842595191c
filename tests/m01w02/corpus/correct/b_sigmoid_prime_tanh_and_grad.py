# module: session_b.bce
# why: sigma' = (1 - tanh^2(z/2))/4 (never overflows) and dL/dz = tanh(z/2)/2 + 1/2 - y, both without calling sigmoid
def sigmoid_prime(z):
    t = np.tanh(np.asarray(z, dtype=float) / 2)
    return 0.25 * (1 - t * t)


def bce_grad_z(z, y):
    return 0.5 * np.tanh(0.5 * np.asarray(z, dtype=float)) + 0.5 - np.asarray(y)
