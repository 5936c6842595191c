# module: session_b.bce
# check: session_b.dL_dz_expr
# pitfall: bce_grad_is_sigmoid_prime
def dL_dz_expr(z, y):
    s = 1 / (1 + sp.exp(-z))
    return s * (1 - s)
