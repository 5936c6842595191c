# module: session_a.gradients
# why: on symbols the pair is returned as sp.Tuple (sympy's own tuple), on numbers/arrays as a Python tuple
# (unsure: the contract says "as a pair"; sp.Tuple is sympy's pair type and indexes/unpacks like a tuple)
import sympy as sp


def grad_f(x, y):
    dx, dy = df_dx(x, y), df_dy(x, y)
    if isinstance(dx, sp.Basic):
        return sp.Tuple(dx, dy)
    return dx, dy
