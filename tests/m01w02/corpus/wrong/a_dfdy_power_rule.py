# module: session_a.gradients
# check: session_a.df_dy
# why: d/dy y² written as y (the power-rule factor 2 is lost): 3x + y
def df_dy(x, y):
    return 3 * x + y
