# module: session_b.bce
def sigmoid(z):
    # exp(−log(1 + e^(−z))): stable, and σ(0) comes out as 0.4999999999999999 or so
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))
