# module: session_a.chain_rule
# why: float coefficients and float exponents (2.0, **2.0, (-1.0)) as a numpy-minded learner types them
def d_sin_x2(x):
    return 2.0 * x * sp.cos(x**2.0)


def d_exp_2x_plus_1(x):
    return 2.0 * sp.exp(2.0 * x + 1.0)


def d_log_1_plus_exp(x):
    return sp.exp(x) * (1.0 + sp.exp(x)) ** (-1.0)


def d_x2_plus_1_cubed(x):
    return 3.0 * (x * x + 1.0) ** 2.0 * 2.0 * x


def d_tanh_2x(x):
    return 2.0 * (1.0 - sp.tanh(2.0 * x) ** 2.0)


def d_sigmoid(x):
    return sp.exp(-x) / (1.0 + sp.exp(-x)) ** 2.0


def sigmoid_prime_via_sigma(s):
    return s * (1.0 - s)
