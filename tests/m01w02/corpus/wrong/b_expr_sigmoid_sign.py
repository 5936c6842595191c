# module: session_b.bce
# check: session_b.bce_expr
# why: σ written with the wrong sign in the exponent, 1/(1 + e^z); the BCE formula around it is right
def bce_expr(z, y):
    sigma = 1 / (1 + sp.exp(z))
    return -(y * sp.log(sigma) + (1 - y) * sp.log(1 - sigma))
