# module: session_a.chain_rule
# check: session_a.d_x2_plus_1_cubed
# pitfall: sympy_did_the_calculus
def _slope(expr, x):
    return expr.diff(x)


def d_x2_plus_1_cubed(x):
    return _slope((x**2 + 1) ** 3, x)
