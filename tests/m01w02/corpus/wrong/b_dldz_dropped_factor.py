# module: session_b.bce
# check: session_b.dL_dz_expr
# why: expanded −[y(1 − σ) − (1 − y)σ] but dropped the (1 − y) factor: −[y(1 − σ) − σ]
def dL_dz_expr(z, y):
    s = 1 / (1 + sp.exp(-z))
    return -(y * (1 - s) - s)
