"""The finite-difference oracle: accurate on smooth losses, sharp enough to catch small bugs."""
import numpy as np

from graders.compare import gradcheck


def logistic_loss(X, y):
    return lambda theta: float(np.mean(np.logaddexp(0, X @ theta) - y * (X @ theta)))


def analytic(X, y, theta):
    return X.T @ (1 / (1 + np.exp(-X @ theta)) - y) / len(y)


def test_central_differences_match_the_true_gradient():
    rng = np.random.default_rng(0)
    X, y, theta = rng.normal(size=(32, 6)), rng.integers(0, 2, 32), rng.normal(size=6)
    numeric = gradcheck.central_differences(logistic_loss(X, y), theta)
    assert gradcheck.relative_error(analytic(X, y, theta), numeric).max() < 1e-8
    assert gradcheck.worst(analytic(X, y, theta), numeric) is None


def test_small_bugs_are_caught():
    rng = np.random.default_rng(1)
    X, y, theta = rng.normal(size=(32, 6)), rng.integers(0, 2, 32), rng.normal(size=6)
    numeric = gradcheck.central_differences(logistic_loss(X, y), theta)
    one_off = analytic(X, y, theta)
    one_off[3] += 1e-4
    assert gradcheck.worst(one_off, numeric)[0] == (3,)
    assert gradcheck.worst(1.01 * analytic(X, y, theta), numeric) is not None
    assert gradcheck.worst(analytic(X, y, theta) * len(y), numeric) is not None


def test_zero_entries_do_not_fail_on_rounding_noise():
    assert gradcheck.worst(np.array([0.0, 1.0]), np.array([3e-11, 1.0])) is None
