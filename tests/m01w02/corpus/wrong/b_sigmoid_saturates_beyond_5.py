# module: session_b.bce
# check: session_b.sigmoid.values
# why: hard saturation already at |z| > 5 (σ(6) given as 1.0, off by 2.5e-3); to see whether the message shows the z that failed
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    zc = np.clip(z, -5, 5)
    s = 1.0 / (1.0 + np.exp(-zc))
    return np.where(z > 5, 1.0, np.where(z < -5, 0.0, s))[()]
