# module: session_b.bce
def bce_expr(z, y):
    p = sp.exp(z) / (1 + sp.exp(z))
    return -y * sp.log(p) - (1 - y) * sp.log(1 - p)


def dL_dz_expr(z, y):
    sigma = 1 / (1 + sp.exp(-z))
    # −[y(1 − σ) − (1 − y)σ], left unsimplified
    return -(y * (1 - sigma) - (1 - y) * sigma)
