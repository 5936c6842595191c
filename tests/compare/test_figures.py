"""Boundary and contour checks on real matplotlib figures, read through the same extraction."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from graders.compare import figures  # noqa: E402
from graders.learner.figdata import FigureData, extract  # noqa: E402

W, B = np.array([1.5, 2.0]), -0.5
TOL = 0.5


def data(draw):
    fig, ax = plt.subplots()
    draw(ax)
    try:
        return FigureData.from_plain(extract(fig)).axes[0]
    finally:
        plt.close(fig)


def grid(field, n=60):
    xs = np.linspace(-4, 4, n)
    gx, gy = np.meshgrid(xs, xs)
    z = W[0] * gx + W[1] * gy + B
    return gx, gy, {"z": z, "p": 1 / (1 + np.exp(-z)), "label": (z >= 0).astype(float)}[field]


@pytest.mark.parametrize("draw", [
    lambda ax: ax.plot(np.linspace(-3, 3, 5), -(W[0] * np.linspace(-3, 3, 5) + B) / W[1]),
    lambda ax: ax.contour(*grid("p"), levels=[0.5]),
    lambda ax: ax.contour(*grid("z"), levels=[0.0]),
    lambda ax: ax.contourf(*grid("p"), levels=20),
    lambda ax: ax.contourf(*grid("label")),
    lambda ax: ax.pcolormesh(*grid("p"), shading="nearest"),
    lambda ax: ax.imshow(grid("p")[2], extent=(-4, 4, -4, 4), origin="lower"),
], ids=["line", "contour-p", "contour-z", "contourf-p", "contourf-label", "pcolormesh", "imshow"])
def test_every_usual_picture_of_the_right_boundary_is_accepted(draw):
    good, bad = figures.boundary_report(data(draw), W, B, TOL)
    assert good and not bad


@pytest.mark.parametrize("draw", [
    lambda ax: ax.plot(np.linspace(-3, 3, 5), (W[0] * np.linspace(-3, 3, 5) + B) / W[1]),
    lambda ax: ax.contourf(*grid("p")[:2], 1 / (1 + np.exp(grid("z")[2])), levels=20),
    lambda ax: ax.imshow(grid("p")[2], extent=(-4, 4, -4, 4)),  # origin 'upper' flips the picture
], ids=["wrong-line", "flipped-p", "imshow-upside-down"])
def test_a_picture_of_another_boundary_is_refused(draw):
    good, bad = figures.boundary_report(data(draw), W, B, TOL)
    assert bad and not good


def test_points_and_classes():
    X = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]])
    y = np.array([0, 1, 1])
    same = data(lambda ax: ax.scatter(X[:, 0], X[:, 1], color="k"))
    coloured = data(lambda ax: ax.scatter(X[:, 0], X[:, 1], c=y))
    assert figures.shown_points([same], X) == 3
    assert not figures.classes_told_apart([same], X, y)
    assert figures.classes_told_apart([coloured], X, y)


def test_contour_levels_follow_the_function():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    f = lambda a, b: a**2 + 3 * a * b + b**2  # noqa: E731
    right = data(lambda ax: ax.contour(X, Y, f(X, Y), levels=10)).contours[0]
    wrong = data(lambda ax: ax.contour(X, Y, X**2 + Y**2, levels=10)).contours[0]
    assert figures.contour_follows(right, f, tol=0.3)[0] > 0.99
    assert figures.contour_follows(wrong, f, tol=0.3)[0] < 0.5
