# module: session_a.gradients
# why: on symbols a 1 x 2 ROW sp.Matrix (the Jacobian layout); on numbers/arrays np.array([...]) of shape (2, ...)
import sympy as sp


def grad_f(x, y):
    if isinstance(x, sp.Expr):
        return sp.Matrix([[df_dx(x, y), df_dy(x, y)]])
    return np.array([df_dx(x, y), df_dy(x, y)])
