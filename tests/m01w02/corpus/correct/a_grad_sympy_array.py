# module: session_a.gradients
# why: on symbols the pair is returned as a sympy Array (sp.Array), on numbers a plain tuple
# (unsure: the contract says "as a pair"; a 1-D sp.Array of two expressions is a pair to a sympy user)
import sympy as sp


def grad_f(x, y):
    parts = [df_dx(x, y), df_dy(x, y)]
    if isinstance(x, sp.Basic) or isinstance(y, sp.Basic):
        return sp.Array(parts)
    return tuple(parts)
