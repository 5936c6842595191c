# module: session_a.chain_rule
# check: session_a.d_x2_plus_1_cubed
# why: power rule slip: 3u·u' instead of 3u²·u', i.e. 3(x² + 1)·2x
def d_x2_plus_1_cubed(x):
    return 3 * (x**2 + 1) * 2 * x
