"""Partial derivatives and the gradient of f(x, y) = x² + 3xy + y².

Every function here must work both on sympy symbols (giving an expression) and on
numpy arrays (giving numbers elementwise), so write plain arithmetic.
"""
import matplotlib.pyplot as plt
import numpy as np


def f_xy(x, y):
    """f(x, y) = x² + 3xy + y²   (given)."""
    return x**2 + 3 * x * y + y**2


def df_dx(x, y):
    """∂f/∂x: differentiate in x while holding y fixed."""
    # TODO: return ∂f/∂x.
    raise NotImplementedError


def df_dy(x, y):
    """∂f/∂y: differentiate in y while holding x fixed."""
    # TODO: return ∂f/∂y.
    raise NotImplementedError


def grad_f(x, y):
    """∇f(x, y) = (∂f/∂x, ∂f/∂y) as a pair.  Example: ∇f(1, 2) = (8, 7)."""
    # TODO: return the pair of partial derivatives.
    raise NotImplementedError


def gradient_field_figure():
    """A matplotlib Figure: contour lines of f and a quiver of ∇f.

    Put the arrows on a 20 × 20 grid over [−3, 3] × [−3, 3]
    (np.linspace and np.meshgrid), one arrow per grid point, pointing along ∇f.
    Return the Figure object.
    """
    # TODO: build the grid, draw contours of f and arrows of ∇f, return the figure.
    raise NotImplementedError
