# module: session_a.gradients
# check: session_a.grad_f
# why: the pair is returned in the wrong order, (∂f/∂y, ∂f/∂x)
def grad_f(x, y):
    return df_dy(x, y), df_dx(x, y)
