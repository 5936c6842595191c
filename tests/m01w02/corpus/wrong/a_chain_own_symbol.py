# module: session_a.chain_rule
# check: session_a.d_exp_2x_plus_1
# says: uses the symbol t
def d_exp_2x_plus_1(x):
    t = sp.Symbol("t")
    return 2 * sp.exp(2 * t + 1)
