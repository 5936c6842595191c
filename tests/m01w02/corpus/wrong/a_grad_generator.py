# module: session_a.gradients
# check: session_a.grad_f
# pitfall: none
# says: generator
# seeds: 20
def grad_f(x, y):
    return (d(x, y) for d in (df_dx, df_dy))  # a generator, not a pair
