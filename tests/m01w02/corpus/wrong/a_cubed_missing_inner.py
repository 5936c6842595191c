# module: session_a.chain_rule
# check: session_a.d_x2_plus_1_cubed
# pitfall: missing_inner_derivative
def d_x2_plus_1_cubed(x):
    return 3 * (x**2 + 1) ** 2
