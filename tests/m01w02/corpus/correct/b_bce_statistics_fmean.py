# module: session_b.bce
# why: a generator expression with math.log and max(., eps), averaged with statistics.fmean
import math
import statistics


def bce_loss(y, p, eps=1e-9):
    return statistics.fmean(
        -(t * math.log(max(q, eps)) + (1 - t) * math.log(max(1 - q, eps)))
        for t, q in zip(np.ravel(y).tolist(), np.ravel(p).tolist())
    )
