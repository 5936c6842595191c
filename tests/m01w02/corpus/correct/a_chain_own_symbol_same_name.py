# module: session_a.chain_rule
def d_sin_x2(x):
    x = sp.Symbol("x")  # a fresh symbol with the same name as the argument
    return sp.cos(x**2) * 2 * x
