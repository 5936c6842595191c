# module: session_a.chain_rule
# check: session_a.d_x2_plus_1_cubed
# says: 2(\.0)? times the right answer
def d_x2_plus_1_cubed(x):
    return 3 * (x**2 + 1) ** 2 * 2 * x * 2
