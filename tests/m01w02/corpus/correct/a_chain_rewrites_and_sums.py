# module: session_a.chain_rule
# why: equivalent rewrites: doubled sums, 1 - 1/(1+e^x), 1/(e^x + 2 + e^-x), tanh rewritten in exp, sp.factor/Poly(...).as_expr()
def d_sin_x2(x):
    half = x * sp.cos(x**2)
    return half + half


def d_exp_2x_plus_1(x):
    return sp.exp(2 * x + 1) + sp.exp(2 * x + 1)


def d_log_1_plus_exp(x):
    return 1 - 1 / (1 + sp.exp(x))


def d_x2_plus_1_cubed(x):
    return sp.Poly(sp.factor(6 * x * (x**2 + 1) ** 2), x).as_expr()


def d_tanh_2x(x):
    return 2 * (1 - sp.tanh(2 * x).rewrite(sp.exp) ** 2)


def d_sigmoid(x):
    return 1 / (sp.exp(x) + 2 + sp.exp(-x))


def sigmoid_prime_via_sigma(s):
    return s - s * s
