# module: session_a.chain_rule
# why: built with evaluate=False so sympy keeps the literal f'(g(x)) * g'(x) product (nested Mul/Add/Pow trees, Mul(-1, ...))
def d_sin_x2(x):
    return sp.Mul(sp.cos(sp.Pow(x, 2, evaluate=False)), sp.Mul(2, x, evaluate=False), evaluate=False)


def d_exp_2x_plus_1(x):
    inner = sp.Add(sp.Mul(2, x, evaluate=False), 1, evaluate=False)
    return sp.Mul(sp.exp(inner), 2, evaluate=False)


def d_log_1_plus_exp(x):
    u = sp.Add(1, sp.exp(x), evaluate=False)
    return sp.Mul(sp.Pow(u, -1, evaluate=False), sp.exp(x), evaluate=False)


def d_x2_plus_1_cubed(x):
    u = sp.Add(sp.Pow(x, 2, evaluate=False), 1, evaluate=False)
    return sp.Mul(3, sp.Pow(u, 2, evaluate=False), sp.Mul(2, x, evaluate=False), evaluate=False)


def d_tanh_2x(x):
    return sp.Mul(sp.Add(1, sp.Mul(-1, sp.Pow(sp.tanh(2 * x), 2), evaluate=False), evaluate=False), 2, evaluate=False)


def d_sigmoid(x):
    u = sp.Add(1, sp.exp(-x), evaluate=False)
    outer = sp.Mul(-1, sp.Pow(u, -2, evaluate=False), evaluate=False)
    inner = sp.Mul(-1, sp.exp(-x), evaluate=False)
    return sp.Mul(outer, inner, evaluate=False)


def sigmoid_prime_via_sigma(s):
    return sp.Mul(s, sp.Add(1, sp.Mul(-1, s, evaluate=False), evaluate=False), evaluate=False)
