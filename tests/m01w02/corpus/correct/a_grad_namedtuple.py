# module: session_a.gradients
# why: the gradient returned as a collections.namedtuple Gradient(dx, dy), with float coefficients in the partials
from collections import namedtuple

Gradient = namedtuple("Gradient", ["dx", "dy"])


def df_dx(x, y):
    return x * 2.0 + y * 3.0


def df_dy(x, y):
    return 3.0 * x + 2.0 * y


def grad_f(x, y):
    return Gradient(dx=df_dx(x, y), dy=df_dy(x, y))
