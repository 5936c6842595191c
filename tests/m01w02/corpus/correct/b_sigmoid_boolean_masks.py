# module: session_b.bce
# why: boolean-mask assignment into np.empty_like, scalars handled with np.atleast_1d and returned as a Python float
def sigmoid(z):
    arr = np.atleast_1d(np.asarray(z, dtype=float))
    out = np.empty_like(arr)
    pos = arr >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-arr[pos]))
    ez = np.exp(arr[~pos])
    out[~pos] = ez / (1.0 + ez)
    if np.ndim(z) == 0:
        return float(out[0])
    return out.reshape(np.shape(z))
