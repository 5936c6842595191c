# module: session_b.bce
# why: loss built on a placeholder symbol p then .subs(p, sigma); dL/dz left as the unsimplified product dL/dsigma * dsigma/dz
def bce_expr(z, y):
    p = sp.Symbol("p", positive=True)
    loss_in_p = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
    return loss_in_p.subs(p, 1 / (1 + sp.exp(-z)))


def dL_dz_expr(z, y):
    sigma = 1 / (1 + sp.exp(-z))
    dL_dsigma = -(y / sigma - (1 - y) / (1 - sigma))  # derived by hand
    dsigma_dz = sigma * (1 - sigma)
    return dL_dsigma * dsigma_dz
