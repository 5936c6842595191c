# module: session_b.bce
# check: session_b.bce_grad_z
# why: writes σ(z) − y into np.zeros_like(y): with integer labels the buffer is int and every gradient is truncated
def bce_grad_z(z, y):
    y = np.asarray(y)
    out = np.zeros_like(y)
    out[:] = sigmoid(z) - y
    return out
