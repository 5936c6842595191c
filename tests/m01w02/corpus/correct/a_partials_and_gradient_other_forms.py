# module: session_a.gradients
def df_dx(x, y):
    return 3 * y + 2 * x


def df_dy(x, y):
    return y + y + 3 * x


def grad_f(x, y):
    return [df_dx(x, y), df_dy(x, y)]  # a list is fine
