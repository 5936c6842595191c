# module: session_a.gradients
# check: session_a.grad_f
# pitfall: grad_is_a_vector
def grad_f(x, y):
    return df_dx(x, y) * x
