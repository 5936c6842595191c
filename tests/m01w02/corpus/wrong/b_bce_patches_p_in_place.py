# module: session_b.bce
# check: session_b.bce_loss.log0
# why: replaces exact 0s and 1s of p by eps and 1 − eps in place, changing the caller's array
def bce_loss(y, p, eps=1e-9):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    p[p < eps] = eps
    p[p > 1 - eps] = 1 - eps
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
