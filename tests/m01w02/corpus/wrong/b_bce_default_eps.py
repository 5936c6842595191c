# module: session_b.bce
# check: session_b.bce_loss.log0
# why: the signature's default is eps=1e-7 instead of 1e-9, so bce_loss(y, p) guards the logs with another constant
def bce_loss(y, p, eps=1e-7):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
