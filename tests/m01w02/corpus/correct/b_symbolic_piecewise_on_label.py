# module: session_b.bce
# why: sp.Piecewise on the label (y is 0 or 1 per the module docstring): one branch per class, for the loss and for dL/dz
def bce_expr(z, y):
    sigma = 1 / (1 + sp.exp(-z))
    return sp.Piecewise((-sp.log(sigma), sp.Eq(y, 1)), (-sp.log(1 - sigma), True))


def dL_dz_expr(z, y):
    sigma = 1 / (1 + sp.exp(-z))
    return sp.Piecewise((sigma - 1, sp.Eq(y, 1)), (sigma, True))
