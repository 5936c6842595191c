# module: session_a.chain_rule
# check: session_a.d_tanh_2x
# pitfall: missing_inner_derivative
def d_tanh_2x(x):
    return 1 - sp.tanh(2 * x) ** 2
