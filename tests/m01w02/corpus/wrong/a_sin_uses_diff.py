# module: session_a.chain_rule
# check: session_a.d_sin_x2
# pitfall: sympy_did_the_calculus
# says: calls diff \(.*chain_rule.py, line \d+
def d_sin_x2(x):
    return sp.diff(sp.sin(x**2), x)
