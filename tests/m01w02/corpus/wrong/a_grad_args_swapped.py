# module: session_a.gradients
# check: session_a.grad_f
# why: calls df_dy(y, x) with its arguments swapped, so the second component is 3y + 2x
def grad_f(x, y):
    return df_dx(x, y), df_dy(y, x)
