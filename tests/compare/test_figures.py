"""Boundary and contour checks on real matplotlib figures, read through the same extraction."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402

from graders.compare import figures  # noqa: E402
from graders.learner.figdata import FigureData, extract  # noqa: E402

W, B = np.array([1.5, 2.0]), -0.5
BOUNDARY = figures.Boundary.of(W, B)
LINE_TOL, COARSEST = 0.1, 0.5


def judged(draw):
    return figures.find_boundaries([data(draw)], BOUNDARY, LINE_TOL, COARSEST)


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
    found = judged(draw)
    assert found.verdict == "ok", found


@pytest.mark.parametrize("draw", [
    lambda ax: ax.plot(np.linspace(-3, 3, 5), (W[0] * np.linspace(-3, 3, 5) + B) / W[1]),
    lambda ax: ax.contourf(*grid("p")[:2], 1 / (1 + np.exp(grid("z")[2])), levels=20),
    lambda ax: ax.imshow(grid("p")[2], extent=(-4, 4, -4, 4)),  # origin 'upper' flips the picture
], ids=["wrong-line", "flipped-p", "imshow-upside-down"])
def test_a_picture_of_another_boundary_is_refused(draw):
    assert judged(draw).verdict == "wrong"


def line(ax, level=0.0, **style):
    xs = np.linspace(-3, 3, 5)
    ax.plot(xs, -(W[0] * xs + B - level) / W[1], **style)


@pytest.mark.parametrize("draw, verdict", [
    (lambda ax: [line(ax), line(ax, 1.0, ls="--"), line(ax, -1.0, ls="--")], "ok"),  # margins, in a pair
    (lambda ax: [line(ax), line(ax, 1.0, ls="--")], "wrong"),  # one parallel line: another boundary
    (lambda ax: [line(ax), ax.plot([0, W[0]], [0, W[1]])], "ok"),  # the normal vector drawn as a line
    (lambda ax: [line(ax), ax.axhline(0), ax.axvline(0)], "ok"),  # the axes through the origin
    (lambda ax: [line(ax), ax.axhline(-B / W[1])], "wrong"),  # the intercept drawn as a level line
    (lambda ax: [line(ax, 0.0, ls="none", marker="o")], "none"),  # markers only: points, not a line
    (lambda ax: ax.imshow(grid("label", n=8)[2], extent=(-4, 4, -4, 4), origin="lower"), "coarse"),
], ids=["margins", "one-parallel", "normal", "axis-markers", "intercept-line", "markers-only", "coarse-image"])
def test_lines_beside_the_boundary_and_coarse_pictures(draw, verdict):
    assert judged(draw).verdict == verdict


def test_a_contours_resolution_is_about_its_grid_spacing():
    for n, spacing in ((40, 8 / 39), (100, 8 / 99)):
        contour = data(lambda ax: ax.contourf(*grid("label", n), levels=[-0.5, 0.5, 1.5])).contours[0]
        assert 0.5 * spacing < figures.contour_resolution(contour) < 2 * spacing


def test_displacement_is_how_far_a_mistake_moves_the_line_inside_a_box():
    box = (-5, 5, -5, 5)
    assert figures.displacement(BOUNDARY, figures.Boundary.of(W, 0.0), box) == pytest.approx(0.5 / 2.5)
    assert figures.displacement(BOUNDARY, figures.Boundary.of(W, 100.0), box) == np.inf


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
