# module: session_b.bce
def sigmoid_prime(z):
    e = np.exp(-np.abs(z))
    return e / (1 + e) ** 2  # symmetric in z, so e^(−|z|) works for both signs


def bce_loss(y, p, eps=1e-9):
    p = np.clip(p, eps, 1 - eps)
    return float(-np.mean(np.where(y == 1, np.log(p), np.log(1 - p))))


def bce_grad_z(z, y):
    return np.exp(-np.logaddexp(0, -z)) - y
