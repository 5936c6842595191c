# module: session_b.bce
# check: session_b.dL_dz_expr
# says: not the expected function
def dL_dz_expr(z, y):
    return 0.5
