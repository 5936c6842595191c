# module: session_a.gradients
# check: session_a.grad_f
# pitfall: none
# says: a dict with keys
# seeds: 20
def grad_f(x, y):
    return {"dx": df_dx(x, y), "dy": df_dy(x, y)}
