# module: session_b.bce
# check: session_b.bce_loss.values
# why: divides the summed loss by N − 1 (as for a sample variance) instead of N
def bce_loss(y, p, eps=1e-9):
    y, p = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    per = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    return per.sum() / (len(per) - 1)
