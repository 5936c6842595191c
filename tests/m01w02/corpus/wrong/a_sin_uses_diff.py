# module: session_a.chain_rule
# check: session_a.d_sin_x2
# pitfall: sympy_did_the_calculus
# says: line \d+ calls diff
def d_sin_x2(x):
    return sp.diff(sp.sin(x**2), x)
