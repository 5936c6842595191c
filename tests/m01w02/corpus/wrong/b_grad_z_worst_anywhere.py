# module: session_b.bce
# check: session_b.bce_grad_z
# says: At index (\d+) \(z = -?[\d.]+, y = [01].0\) yours is
# seeds: 20
def bce_grad_z(z, y):
    z = np.asarray(z, dtype=float)
    out = sigmoid(z) - np.asarray(y, dtype=float)
    out[-1] *= 3  # only the last example is off
    return out
