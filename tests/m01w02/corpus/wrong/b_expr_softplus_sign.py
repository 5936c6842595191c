# module: session_b.bce
# check: session_b.bce_expr
# why: the logit form with the softplus sign slipped: log(1 + e^(−z)) − y·z instead of log(1 + e^z) − y·z
def bce_expr(z, y):
    return sp.log(1 + sp.exp(-z)) - y * z
