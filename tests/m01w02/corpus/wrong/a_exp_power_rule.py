# module: session_a.chain_rule
# check: session_a.d_exp_2x_plus_1
# why: treated e^(2x+1) like a power and brought the exponent down: (2x + 1)·e^(2x)
def d_exp_2x_plus_1(x):
    return (2 * x + 1) * sp.exp(2 * x)
