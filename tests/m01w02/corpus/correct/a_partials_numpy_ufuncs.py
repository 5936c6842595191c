# module: session_a.gradients
# why: partials written with np.add / np.multiply ufuncs (they pass sympy objects through) and a gradient built with np.stack
def df_dx(x, y):
    return np.add(np.multiply(2, x), np.multiply(3, y))


def df_dy(x, y):
    return np.add(np.multiply(3, x), np.multiply(2, y))


def grad_f(x, y):
    return np.stack([df_dx(x, y), df_dy(x, y)])  # on symbols: a 1-D object array of two expressions
