# module: session_b.bce
def sigmoid(z):
    with np.errstate(over="ignore"):  # e^1000 = inf gives 1/(1 + inf) = 0 exactly: harmless
        return 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
