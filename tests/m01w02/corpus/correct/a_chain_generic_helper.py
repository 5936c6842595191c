# module: session_a.chain_rule
# why: one generic chain(outer_prime, inner, inner_prime) helper with lambdas for f'; nested chain for the cube and sigmoid
def chain(outer_prime, inner, inner_prime):
    """(f o g)' = f'(g) * g'."""
    return outer_prime(inner) * inner_prime


def d_sin_x2(x):
    return chain(sp.cos, x**2, 2 * x)


def d_exp_2x_plus_1(x):
    return chain(sp.exp, 2 * x + 1, 2)


def d_log_1_plus_exp(x):
    return chain(lambda u: 1 / u, 1 + sp.exp(x), sp.exp(x))


def d_x2_plus_1_cubed(x):
    return chain(lambda u: 3 * u**2, x**2 + 1, 2 * x)


def d_tanh_2x(x):
    return chain(lambda u: 1 - sp.tanh(u) ** 2, 2 * x, 2)


def d_sigmoid(x):
    inner_prime = chain(sp.exp, -x, -1)  # d/dx e^(-x), itself a chain rule
    return chain(lambda u: -(u**-2), 1 + sp.exp(-x), inner_prime)


def sigmoid_prime_via_sigma(s):
    return s * (1 - s)
