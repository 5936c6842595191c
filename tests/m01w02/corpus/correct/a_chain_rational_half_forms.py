# module: session_a.chain_rule
# why: sp.Rational / sp.S.Half / sp.sech rewrites: softplus' as 1/2 + tanh(x/2)/2, sigma' as 1/4 sech^2(x/2), s(1-s) as 1/4 - (s - 1/2)^2
def d_sin_x2(x):
    return 2 * x * sp.sin(x**2 + sp.pi / 2)  # cos written as a shifted sine


def d_exp_2x_plus_1(x):
    return 2 * sp.exp(x + sp.S.Half) ** 2


def d_log_1_plus_exp(x):
    return sp.S.Half + sp.tanh(x / 2) / 2


def d_x2_plus_1_cubed(x):
    return sp.Rational(6) * x * (x**2 + 1) ** 2


def d_tanh_2x(x):
    return sp.Integer(8) / (sp.exp(2 * x) + sp.exp(-2 * x)) ** 2  # 2 sech^2(2x), sech written with exps


def d_sigmoid(x):
    return sp.Rational(1, 4) * sp.sech(x / 2) ** 2


def sigmoid_prime_via_sigma(s):
    return sp.Rational(1, 4) - (s - sp.S.Half) ** 2
