# module: session_b.bce
# check: session_b.sigmoid.values
# why: the stable two-branch sigmoid with the negative branch written 1/(1 + e^z) (that is σ(−z)): right only for z ≥ 0
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    out[~pos] = 1 / (1 + np.exp(z[~pos]))
    return out[()]
