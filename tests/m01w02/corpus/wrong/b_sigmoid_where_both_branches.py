# module: session_b.bce
# check: session_b.sigmoid.stable
# pitfall: sigmoid_overflow
# says: np.where computes both of its branches
# seeds: 20
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.where(z >= 0, 1 / (1 + np.exp(-z)), np.exp(z) / (1 + np.exp(z)))[()]
