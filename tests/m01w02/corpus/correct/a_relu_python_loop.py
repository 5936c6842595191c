# module: session_a.backprop
def relu(z):
    z = np.asarray(z, dtype=float)
    return np.array([v if v > 0 else 0.0 for v in z.ravel()]).reshape(z.shape)  # a loop, any shape


def relu_prime(z):
    z = np.asarray(z)
    return np.array([1 if v > 0 else 0 for v in z.flat]).reshape(z.shape)  # ints
