# module: session_a.chain_rule
# check: session_a.d_tanh_2x
# pitfall: sympy_did_the_calculus
def d_tanh_2x(x):
    return sp.Derivative(sp.tanh(2 * x), x)
