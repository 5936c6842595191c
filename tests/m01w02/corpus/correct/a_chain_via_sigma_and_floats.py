# module: session_a.chain_rule
def d_sigmoid(x):
    s = 1 / (1 + sp.exp(-x))
    return s * (1 - s)


def d_tanh_2x(x):
    return 2.0 * sp.sech(2 * x) ** 2


def d_exp_2x_plus_1(x):
    return sp.exp(1) * sp.exp(2 * x) * 2


def d_x2_plus_1_cubed(x):
    u = x**2 + 1
    return 6.0 * x * u**2


def d_log_1_plus_exp(x):
    return sp.simplify(sp.exp(x) / (sp.exp(x) + 1))  # simplify is fine: it only tidies
