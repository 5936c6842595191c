# module: session_b.bce
# why: BCE as -mean log(p^y (1-p)^(1-y) + eps): the Bernoulli likelihood form, eps inside the single log
def bce_loss(y, p, eps=1e-9):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    likelihood = p**y * (1 - p) ** (1 - y)
    return float(-np.mean(np.log(likelihood + eps)))
