# module: session_a.chain_rule
# check: session_a.d_tanh_2x
# why: multiplied by the inner derivative 2 but evaluated the outer derivative at x instead of at 2x
def d_tanh_2x(x):
    return 2 * (1 - sp.tanh(x) ** 2)
