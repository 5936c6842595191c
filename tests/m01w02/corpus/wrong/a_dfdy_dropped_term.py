# module: session_a.gradients
# check: session_a.df_dy
# pitfall: partial_dropped_term
def df_dy(x, y):
    return 2 * y
