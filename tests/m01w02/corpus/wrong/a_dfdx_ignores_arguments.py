# module: session_a.gradients
# check: session_a.df_dx
# says: returned a sympy expression; expected an array
import sympy as sp


def df_dx(x, y):
    X, Y = sp.symbols("x y")
    return 2 * X + 3 * Y
