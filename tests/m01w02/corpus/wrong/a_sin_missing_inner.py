# module: session_a.chain_rule
# check: session_a.d_sin_x2
# pitfall: missing_inner_derivative
def d_sin_x2(x):
    return sp.cos(x**2)
