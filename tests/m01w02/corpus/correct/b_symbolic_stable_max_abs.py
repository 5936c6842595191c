# module: session_b.bce
# why: the numerically stable "max(z, 0) - y z + log(1 + e^-|z|)" loss with sp.Max / sp.Abs; dL/dz as exp(-softplus(-z)) - y
def bce_expr(z, y):
    return sp.Max(z, 0) - y * z + sp.log(1 + sp.exp(-sp.Abs(z)))


def dL_dz_expr(z, y):
    return sp.exp(-sp.log(1 + sp.exp(-z))) - y
