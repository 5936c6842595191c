# module: session_b.bce
# check: session_b.dL_dz_expr
# pitfall: bce_grad_sign
def dL_dz_expr(z, y):
    return y - 1 / (1 + sp.exp(-z))
