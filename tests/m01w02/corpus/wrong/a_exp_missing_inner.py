# module: session_a.chain_rule
# check: session_a.d_exp_2x_plus_1
# pitfall: missing_inner_derivative
def d_exp_2x_plus_1(x):
    return sp.exp(2 * x + 1)
