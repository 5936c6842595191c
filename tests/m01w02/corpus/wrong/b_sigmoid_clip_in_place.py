# module: session_b.bce
# check: session_b.sigmoid.stable
# why: avoids overflow by clipping z in place (np.clip(..., out=z)), which changes the caller's array
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    np.clip(z, -500, 500, out=z)
    return 1 / (1 + np.exp(-z))
