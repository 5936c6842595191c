# module: session_b.bce
# check: session_b.sigmoid.stable
# says: expected
def sigmoid(z):
    # "stable" by clipping the input: but σ(40) is not σ(10)
    z = np.clip(z, -10, 10)
    return 1 / (1 + np.exp(-z))
