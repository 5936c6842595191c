# module: session_b.bce
# why: sigma kept as an sp.UnevaluatedExpr block so the printed loss reads "-(y log(sigma) + ...)" (same function)
def bce_expr(z, y):
    sigma = sp.UnevaluatedExpr(1 / (1 + sp.exp(-z)))
    return -(y * sp.log(sigma) + (1 - y) * sp.log(1 - sigma))


def dL_dz_expr(z, y):
    return sp.UnevaluatedExpr(1 / (1 + sp.exp(-z))) - y
