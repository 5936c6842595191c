# module: session_b.bce
# check: session_b.bce_loss.values
# pitfall: bce_swapped_args
def bce_loss(p, y, eps=1e-9):
    return -np.mean(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
