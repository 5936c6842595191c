# module: session_b.bce
# check: session_b.bce_loss.values
# pitfall: bce_log10
def bce_loss(y, p, eps=1e-9):
    return -np.mean(y * np.log10(p + eps) + (1 - y) * np.log10(1 - p + eps))
