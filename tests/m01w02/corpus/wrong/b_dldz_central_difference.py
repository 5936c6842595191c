# module: session_b.bce
# check: session_b.dL_dz_expr
# why: dL/dz not derived at all: a central finite difference of the learner's own bce_expr in z with a tiny rational step
def dL_dz_expr(z, y):
    h = sp.Rational(1, 10**8)
    return (bce_expr(z + h, y) - bce_expr(z - h, y)) / (2 * h)
