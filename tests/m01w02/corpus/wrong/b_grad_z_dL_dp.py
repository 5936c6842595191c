# module: session_b.bce
# check: session_b.bce_grad_z
# why: returns dL/dp = −y/p + (1 − y)/(1 − p), stopping the chain rule before the σ'(z) link
def bce_grad_z(z, y):
    p = sigmoid(z)
    y = np.asarray(y, dtype=float)
    return -y / p + (1 - y) / (1 - p)
