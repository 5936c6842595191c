# module: session_b.bce
# why: the naive 1/(1+e^-z) evaluated in np.longdouble (e^1000 is finite in 80-bit extended precision), cast back to float64
def sigmoid(z):
    zl = np.asarray(z, dtype=np.longdouble)
    return (1 / (1 + np.exp(-zl))).astype(np.float64)[()]
