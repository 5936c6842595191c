# module: session_b.bce
# why: guards with np.maximum(p, eps) / np.maximum(1 - p, eps) instead of clip or +eps; returns a 0-d numpy array
def bce_loss(y, p, eps=1e-9):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    log_p = np.log(np.maximum(p, eps))
    log_q = np.log(np.maximum(1.0 - p, eps))
    return np.asarray(-(y * log_p + (1.0 - y) * log_q).mean())
