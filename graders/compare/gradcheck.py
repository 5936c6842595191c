"""Central finite differences in float64: the oracle for every gradient check.

h = 1e-6 · max(1, |θᵢ|) and the error per element |a − n| / max(|a| + |n|, 1e-8).
Correct gradients land near 1e-10; an absolute floor keeps entries that are
(nearly) zero from failing on rounding noise alone.
"""
import numpy as np

from graders.compare.numbers import tolerance_text, widened


def central_differences(loss, theta, rel_step=1e-6):
    """∂loss/∂θ for every entry of ``theta`` (any shape), by central differences."""
    theta = np.array(theta, dtype=np.float64)
    grad = np.zeros_like(theta)
    flat, out = theta.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        original = flat[i]
        h = rel_step * max(1.0, abs(original))
        flat[i] = original + h
        up = loss(theta)
        flat[i] = original - h
        down = loss(theta)
        flat[i] = original
        out[i] = (up - down) / (2 * h)
    return grad


def relative_error(analytic, numeric):
    analytic, numeric = np.asarray(analytic, float), np.asarray(numeric, float)
    with np.errstate(invalid="ignore", over="ignore"):  # inf − inf from a learner's value is nan: an error
        error = np.abs(analytic - numeric) / np.maximum(np.abs(analytic) + np.abs(numeric), 1e-8)
    return np.where(np.isnan(error), np.inf, error)


def worst(analytic, numeric, rtol=1e-6, atol=1e-8, eps=None):
    """None if every entry passes; else (index, relative error, count failing, tolerance text).

    ``eps``: the rounding unit of the precision the learner computed in (float32 gradients are
    held to float32's precision, not float64's).
    """
    analytic, numeric = np.asarray(analytic, float), np.asarray(numeric, float)
    if eps is not None:
        rtol, atol = widened(rtol, atol, eps, np.abs(numeric).max() if numeric.size else 1.0)
    err = relative_error(analytic, numeric)
    with np.errstate(invalid="ignore", over="ignore"):
        bad = (err > rtol) & (np.abs(analytic - numeric) > atol)
    bad |= ~np.isfinite(analytic)
    if not bad.any():
        return None
    score = np.where(bad, np.nan_to_num(err, nan=np.inf), -1)
    index = np.unravel_index(int(np.argmax(score)), analytic.shape) if analytic.ndim else ()
    return tuple(int(i) for i in index), float(err[index]), int(bad.sum()), tolerance_text(rtol, atol)
