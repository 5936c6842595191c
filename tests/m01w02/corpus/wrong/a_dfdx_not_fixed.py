# module: session_a.gradients
# check: session_a.df_dx
# pitfall: partial_not_fixed
def df_dx(x, y):
    return 5 * x + 5 * y
