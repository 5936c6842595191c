# module: session_b.bce
# check: session_b.dL_dz_expr
# why: the right result σ(z) − y, but σ typed as 1/(1 + e^z)
def dL_dz_expr(z, y):
    return 1 / (1 + sp.exp(z)) - y
