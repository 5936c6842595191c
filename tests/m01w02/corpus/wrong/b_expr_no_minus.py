# module: session_b.bce
# check: session_b.bce_expr
# pitfall: bce_sign
def bce_expr(z, y):
    s = 1 / (1 + sp.exp(-z))
    return y * sp.log(s) + (1 - y) * sp.log(1 - s)
