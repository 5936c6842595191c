# module: session_a.chain_rule
# check: session_a.d_sin_x2
# why: no chain rule at all: a central finite difference of sin(x²) with a tiny step, typed as a sympy expression (numerical differentiation, not a derivative derived by hand)
def d_sin_x2(x):
    h = sp.Rational(1, 10**8)
    return (sp.sin((x + h) ** 2) - sp.sin((x - h) ** 2)) / (2 * h)
