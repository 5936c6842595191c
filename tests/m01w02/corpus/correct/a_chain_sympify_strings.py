# module: session_a.chain_rule
# why: answers typed as strings and parsed with sp.sympify / sp.parse_expr, binding the given symbol through locals
def _parse(text, sym, name="x"):
    return sp.sympify(text, locals={name: sym})


def d_sin_x2(x):
    return _parse("2*x*cos(x**2)", x)


def d_exp_2x_plus_1(x):
    return _parse("2*exp(2*x + 1)", x)


def d_log_1_plus_exp(x):
    return sp.parse_expr("exp(x)/(1 + exp(x))", local_dict={"x": x})


def d_x2_plus_1_cubed(x):
    return _parse("3*(x**2 + 1)**2 * 2*x", x)


def d_tanh_2x(x):
    return _parse("2*(1 - tanh(2*x)**2)", x)


def d_sigmoid(x):
    return _parse("exp(-x)/(1 + exp(-x))**2", x)


def sigmoid_prime_via_sigma(s):
    return _parse("s*(1 - s)", s, "s")
