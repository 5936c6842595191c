# module: session_a.chain_rule
def d_sin_x2(x):
    return 2 * x * sp.cos(x**2)


def d_exp_2x_plus_1(x):
    return 2 * sp.E ** (2 * x + 1)


def d_log_1_plus_exp(x):
    return 1 / (1 + sp.exp(-x))  # the sigmoid, as the hint says


def d_x2_plus_1_cubed(x):
    return 6 * x**5 + 12 * x**3 + 6 * x  # expanded


def d_tanh_2x(x):
    return 2 / sp.cosh(2 * x) ** 2


def d_sigmoid(x):
    return sp.exp(x) / (1 + sp.exp(x)) ** 2


def sigmoid_prime_via_sigma(s):
    return s - s**2
