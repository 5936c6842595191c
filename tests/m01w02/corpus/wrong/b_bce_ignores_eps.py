# module: session_b.bce
# check: session_b.bce_loss.log0
# pitfall: bce_ignores_eps
def bce_loss(y, p, eps=1e-9):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
