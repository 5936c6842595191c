# module: session_b.bce
# check: session_b.bce_loss.values
# pitfall: bce_missing_term
def bce_loss(y, p, eps=1e-9):
    return -np.mean(y * np.log(p + eps))
