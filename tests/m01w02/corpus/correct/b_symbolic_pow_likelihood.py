# module: session_b.bce
# why: sigma as sp.Pow(1 + sp.E**-z, -1), the loss as -log(sigma^y (1-sigma)^(1-y)); dL/dz with sp.Rational(1, 2)
def bce_expr(z, y):
    sigma = sp.Pow(1 + sp.E ** (-z), -1)
    return -sp.log(sigma**y * (1 - sigma) ** (1 - y))


def dL_dz_expr(z, y):
    return sp.Rational(1, 2) * (1 + sp.tanh(z * sp.S.Half)) - y
