# module: session_a.chain_rule
# check: session_a.d_sigmoid
# why: a second-order Taylor expansion around 0 (1/4 − x²/16): right at x = 0 only
def d_sigmoid(x):
    return sp.Rational(1, 4) - x**2 / 16
