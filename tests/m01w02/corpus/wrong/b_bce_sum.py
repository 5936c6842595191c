# module: session_b.bce
# check: session_b.bce_loss.values
# pitfall: bce_not_mean
def bce_loss(y, p, eps=1e-9):
    return -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
