# module: session_b.bce
# why: the mean written as dot products divided by len(y), y converted from int labels on the fly
def bce_loss(y, p, eps=1e-9):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    return -(y @ np.log(p + eps) + (1 - y) @ np.log(1 - p + eps)) / len(y)
