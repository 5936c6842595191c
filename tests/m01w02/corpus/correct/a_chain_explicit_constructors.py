# module: session_a.chain_rule
# why: every derivative built from explicit sp.Mul / sp.Pow / sp.Add / sp.Integer constructor calls, no operators
def d_sin_x2(x):
    return sp.Mul(sp.Integer(2), x, sp.cos(sp.Pow(x, 2)))


def d_exp_2x_plus_1(x):
    return sp.Mul(sp.Integer(2), sp.exp(sp.Add(sp.Mul(2, x), sp.Integer(1))))


def d_log_1_plus_exp(x):
    return sp.Mul(sp.exp(x), sp.Pow(sp.Add(sp.Integer(1), sp.exp(x)), sp.Integer(-1)))


def d_x2_plus_1_cubed(x):
    return sp.Mul(sp.Integer(3), sp.Pow(sp.Add(sp.Pow(x, 2), 1), 2), sp.Mul(2, x))


def d_tanh_2x(x):
    return sp.Mul(2, sp.Add(1, sp.Mul(-1, sp.Pow(sp.tanh(sp.Mul(2, x)), 2))))


def d_sigmoid(x):
    # outer u**-1 -> -u**-2, inner 1 + e^-x -> -e^-x : written as the literal product of both
    return sp.Mul(sp.Mul(-1, sp.Pow(sp.Add(1, sp.exp(-x)), -2)), sp.Mul(-1, sp.exp(-x)))


def sigmoid_prime_via_sigma(s):
    return sp.Mul(s, sp.Add(1, sp.Mul(-1, s)))
