# module: session_b.bce
# check: session_b.sigmoid.values
# says: an int
# why: the output buffer is np.empty_like(z), so for integer input (sigmoid(np.array([0, 1, 2])) or sigmoid(2)) every result is truncated to 0
def sigmoid(z):
    z = np.asarray(z)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1 + e)
    return out
