# module: session_b.bce
# check: session_b.bce_loss.values
# why: averages the positives' and the negatives' losses separately and adds the two means (a class-balanced loss, not the mean BCE)
def bce_loss(y, p, eps=1e-9):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    pos = -np.log(p[y == 1] + eps).mean() if (y == 1).any() else 0.0
    neg = -np.log(1 - p[y == 0] + eps).mean() if (y == 0).any() else 0.0
    return pos + neg
