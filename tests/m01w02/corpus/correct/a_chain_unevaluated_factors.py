# module: session_a.chain_rule
# why: wraps the inner derivative in sp.UnevaluatedExpr so the f'(g(x)) * g'(x) structure stays visible (mathematically identical)
def d_sin_x2(x):
    return sp.cos(x**2) * sp.UnevaluatedExpr(2 * x)


def d_exp_2x_plus_1(x):
    return sp.exp(2 * x + 1) * sp.UnevaluatedExpr(2)


def d_x2_plus_1_cubed(x):
    outer = 3 * sp.UnevaluatedExpr(x**2 + 1) ** 2
    return outer * sp.UnevaluatedExpr(2 * x)


def d_tanh_2x(x):
    return sp.UnevaluatedExpr(1 - sp.tanh(2 * x) ** 2) * 2
