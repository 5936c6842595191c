# module: session_b.bce
# why: the loss computed in float32 (inputs cast down) and returned as a numpy float32 scalar
def bce_loss(y, p, eps=1e-9):
    y = np.asarray(y, dtype=np.float32)
    p = np.asarray(p, dtype=np.float32)
    return -np.mean(y * np.log(p + np.float32(eps)) + (1 - y) * np.log(1 - p + np.float32(eps)))
