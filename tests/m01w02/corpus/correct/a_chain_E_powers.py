# module: session_a.chain_rule
# why: exponentials written as powers of sp.E (sp.E**u) everywhere, tanh' as 8 e^(4x)/(e^(4x)+1)^2
def d_exp_2x_plus_1(x):
    return sp.E ** (2 * x) * sp.E * 2


def d_log_1_plus_exp(x):
    return sp.E**x / (sp.E**x + 1)


def d_tanh_2x(x):
    return 8 * sp.E ** (4 * x) / (sp.E ** (4 * x) + 1) ** 2


def d_sigmoid(x):
    return sp.E ** (-x) * (1 + sp.E ** (-x)) ** (-2)


def sigmoid_prime_via_sigma(s):
    return -(s**2) + s
