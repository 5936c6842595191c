# module: session_a.backprop
def relu(z):
    return np.array([v if v > 0 else 0.0 for v in z])


def relu_prime(z):
    return np.array([1 if v > 0 else 0 for v in z])  # ints
