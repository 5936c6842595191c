# module: session_b.bce
# check: session_b.bce_loss.log0
# pitfall: log_zero_no_eps
def bce_loss(y, p, eps=1e-9):
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
