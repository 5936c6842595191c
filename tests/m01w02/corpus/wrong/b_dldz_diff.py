# module: session_b.bce
# check: session_b.dL_dz_expr
# pitfall: sympy_did_the_calculus
def dL_dz_expr(z, y):
    return sp.simplify(sp.diff(bce_expr(z, y), z))
