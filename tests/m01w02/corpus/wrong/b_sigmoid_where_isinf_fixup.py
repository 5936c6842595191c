# module: session_b.bce
# check: session_b.sigmoid.stable
# why: the naive e^(−z), overflowing at z = −1000, with its inf patched afterwards by np.where: the overflow warning comes from np.exp outside the where, not from a where branch
def sigmoid(z):
    e = np.exp(-np.asarray(z, dtype=float))
    return np.where(np.isinf(e), 0.0, 1.0 / (1.0 + e))[()]
