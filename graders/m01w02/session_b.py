"""Session B checks: sigmoid, BCE and its gradient, the training loop, the pictures."""
import re

import numpy as np

from .. import expect
from ..checks import CheckSet
from ..compare import figures, gradcheck
from ..compare import formatting as fmt
from ..failure import Fail
from . import oracles

checks = CheckSet()
# Probabilities are compared absolutely: 1e-7 accepts float32 arithmetic and a σ(−40) of
# exactly 0, and still sits far below any real mistake.
PROBABILITY_ATOL = 1e-7
EXTREMES = np.array([-1000.0, -745.0, -710.0, -40.0, -1e-3, 0.0, 1e-3, 40.0, 710.0, 745.0, 1000.0])


def _labels(rng, n):
    """Labels with both classes present, as floats."""
    y = rng.integers(0, 2, size=n).astype(float)
    y[:2] = [0.0, 1.0]
    return rng.permutation(y)


# ---------------------------------------------------------------- sigmoid


@checks("sigmoid.values")
def sigmoid_values(t):
    z = np.round(t.rng.uniform(-8, 8, size=9), 3)
    z[0] = 0.0
    for arg in (z, z.reshape(3, 3)):
        got = expect.array(t.call("sigmoid", arg), "sigmoid(z)", like=arg)
        expect.close(got, oracles.sigma(arg), "sigmoid(z)", t.describe("sigmoid", arg), atol=PROBABILITY_ATOL,
                     pitfalls={"sigmoid_sign": oracles.sigma(-arg)})
    scalar = float(z[1])
    got = expect.number(t.call("sigmoid", scalar), f"sigmoid({scalar:g})")
    expect.close(got, oracles.sigma(scalar), f"sigmoid({scalar:g})", atol=PROBABILITY_ATOL)


@checks("sigmoid.stable")
def sigmoid_stable(t):
    overflow = {"OverflowError": "sigmoid_overflow", "FloatingPointError": "sigmoid_overflow"}
    z = t.rng.permutation(EXTREMES)
    given = t.describe("sigmoid", z)
    got = expect.array(t.call("sigmoid", z, pitfall_on=overflow), "sigmoid(z)", like=z)
    expect.finite(got, "sigmoid(z)", given, pitfall="sigmoid_overflow")
    if (got < 0).any() or (got > 1).any():
        raise Fail(f"sigmoid(z) for {given} left [0, 1]: got {fmt.array(got)}.")
    expect.close(got, oracles.sigma(z), "sigmoid(z)", given, atol=PROBABILITY_ATOL)
    expect.no_warnings(t.last, "sigmoid(z)", given, pitfall="sigmoid_overflow")
    for value in (-1000.0, 1000.0):
        got = expect.number(t.call("sigmoid", value, pitfall_on=overflow), f"sigmoid({value:g})")
        expect.close(got, oracles.sigma(value), f"sigmoid({value:g})", atol=PROBABILITY_ATOL)
        expect.no_warnings(t.last, f"sigmoid({value:g})", pitfall="sigmoid_overflow")


@checks("sigmoid_prime")
def sigmoid_prime(t):
    z = np.concatenate([np.round(t.rng.uniform(-8, 8, size=8), 3), [-1000.0, -40.0, 0.0, 40.0, 1000.0]])
    given = t.describe("sigmoid_prime", z)
    got = expect.array(t.call("sigmoid_prime", z), "sigmoid_prime(z)", like=z)
    s = oracles.sigma(z)
    expect.finite(got, "sigmoid_prime(z)", given, pitfall="sigmoid_overflow")
    expect.close(got, s * (1 - s), "sigmoid_prime(z)", given, atol=PROBABILITY_ATOL,
                 pitfalls={"sigmoid_prime_mixes_z": s * (1 - z)})
    expect.no_warnings(t.last, "sigmoid_prime(z)", given, pitfall="sigmoid_overflow")


# ---------------------------------------------------------------- the loss


def _bce_models(y, p, ref):
    """What common mistakes in bce_loss would return for (y, p)."""
    eps = 1e-9
    per = -(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
    with np.errstate(all="ignore"):
        swapped = -np.mean(p * np.log(y + eps) + (1 - p) * np.log(1 - y + eps))
    return {
        "bce_not_mean": per.sum(),
        "bce_sign": -ref,
        "bce_log10": ref / np.log(10),
        "bce_missing_term": -np.mean(y * np.log(p + eps)),
        "bce_logs_swapped": -np.mean(y * np.log(1 - p + eps) + (1 - y) * np.log(p + eps)),
        "bce_swapped_args": swapped,
    }


@checks("bce_loss.values")
def bce_loss_values(t):
    for n in (int(t.rng.integers(6, 12)), 1):
        y = _labels(t.rng, n) if n > 1 else np.array([1.0])
        p = np.round(t.rng.uniform(0.02, 0.98, size=n), 4)
        expected = oracles.bce_from_logits(np.log(p) - np.log1p(-p), y).mean()
        for labels in (y, y.astype(int)):
            got = expect.number(t.call("bce_loss", labels, p), "bce_loss(y, p)")
            expect.close(got, expected, "bce_loss(y, p)", t.describe("bce_loss", labels, p), rtol=1e-6,
                         pitfalls=_bce_models(y, p, expected), model_rtol=1e-5)


@checks("bce_loss.log0")
def bce_loss_log0(t):
    pairs = t.rng.permutation([(1.0, 1.0), (0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 0.5)])
    y, p = pairs[:, 0].copy(), pairs[:, 1].copy()  # two confident hits, two confident misses
    for eps in (1e-9, 1e-4):
        expected = (2 * -np.log(eps) - np.log(0.5)) / 5  # the hits cost (almost) nothing
        kwargs = {} if eps == 1e-9 else {"eps": eps}
        given = t.describe("bce_loss", y, p, **kwargs)
        got = expect.number(t.call("bce_loss", y, p, **kwargs), "bce_loss(y, p)")
        expect.finite(np.asarray(got), "bce_loss(y, p)", given, pitfall="log_zero_no_eps")
        ignored = {"bce_ignores_eps": (2 * -np.log(1e-9) - np.log(0.5)) / 5} if kwargs else {}
        expect.close(got, expected, "bce_loss(y, p)", given, rtol=1e-4, pitfalls=ignored, model_rtol=1e-4)


# ---------------------------------------------------------------- dL/dz, numerically and symbolically


@checks("bce_grad_z")
def bce_grad_z(t):
    n = 8
    z = np.round(t.rng.uniform(-6, 6, size=n), 3)
    y = _labels(t.rng, n)
    numeric = gradcheck.central_differences(lambda v: oracles.bce_from_logits(v, y).sum(), z)
    s = oracles.sigma(z)
    for labels in (y, y.astype(int)):
        given = t.describe("bce_grad_z", z, labels)
        got = expect.array(t.call("bce_grad_z", z, labels), "bce_grad_z(z, y)", like=z)
        bad = gradcheck.worst(got, numeric)
        if bad:
            index, error, count, tolerance = bad
            pitfall = expect.diagnose(got, {
                "bce_grad_sign": y - s, "bce_grad_no_sigmoid": z - y, "grad_divided_here": (s - y) / n,
                "bce_grad_is_sigmoid_prime": s * (1 - s), "bce_grad_extra_factor": (s - y) * s * (1 - s)})
            raise Fail(f"bce_grad_z(z, y) for {given}: got {fmt.array(got)}; finite differences of the loss "
                       f"give {fmt.array(numeric)}. At index {index[0]} the relative error is {error:.2g} "
                       f"(tolerance: {tolerance}); {count} of {n} values are off.", pitfall=pitfall,
                       details={"heatmap": {"title": "dL/dz per example", "yours": got, "numeric": numeric,
                                            "labels": [f"z={v:g}" for v in z]}})


def _bce_symbols(t):
    return {"z": t.symbol("z"), "y": t.symbol("y")}


def _bce_domain():
    return {"z": lambda rng: float(rng.uniform(-8, 8)), "y": lambda rng: float(rng.integers(0, 2))}


@checks("bce_expr")
def bce_expr(t):
    symbols = _bce_symbols(t)
    z, y = symbols["z"], symbols["y"]
    reference = oracles.bce_sympy(z, y)
    import sympy as sp

    s = 1 / (1 + sp.exp(-z))
    expect.equivalent(t, t.call("bce_expr", z, y), reference, symbols, _bce_domain(), "bce_expr(z, y)", pitfalls={
        "bce_sign": -reference,
        "bce_logs_swapped": -(y * sp.log(1 - s) + (1 - y) * sp.log(s)),
        "bce_missing_term": -y * sp.log(s),
        "bce_log10": reference / sp.log(10),
    })


@checks("dL_dz_expr")
def dl_dz_expr(t):
    import sympy as sp

    symbols = _bce_symbols(t)
    z, y = symbols["z"], symbols["y"]
    reference = sp.diff(oracles.bce_sympy(z, y), z)  # the grader differentiates the loss itself
    s = 1 / (1 + sp.exp(-z))
    expect.equivalent(t, t.call("dL_dz_expr", z, y), reference, symbols, _bce_domain(), "dL_dz_expr(z, y)",
                      original=oracles.bce_sympy(z, y), pitfalls={
                          "bce_grad_sign": y - s,
                          "bce_grad_no_sigmoid": z - y,
                          "bce_grad_is_sigmoid_prime": s * (1 - s),
                          "bce_grad_extra_factor": (s - y) * s * (1 - s),
                      })


# ---------------------------------------------------------------- data


def _blobs(t, value, n, what):
    X, y = expect.sequence(value, 2, what, names=("X", "y"))
    X = expect.array(X, f"{what}: X", shape=(n, 2))
    y = expect.array(y, f"{what}: y", shape=(n,))
    expect.finite(X, f"{what}: X")
    return X, y


@checks("make_blobs")
def make_blobs(t):
    X, y = _blobs(t, t.call("make_blobs"), 200, "make_blobs()")
    for n in (200, 201, int(t.rng.integers(20, 60))):
        seed = int(t.rng.integers(0, 10_000))
        X, y = _blobs(t, t.call("make_blobs", n=n, seed=seed), n, f"make_blobs(n={n}, seed={seed})")
        expected = np.concatenate([np.zeros(n // 2), np.ones(n - n // 2)])
        if not np.array_equal(y, expected):
            raise Fail(f"make_blobs(n={n}, seed={seed}): y should be {n // 2} zeros followed by "
                       f"{n - n // 2} ones; got {fmt.array(y, 8)}.")
        again, _ = _blobs(t, t.call("make_blobs", n=n, seed=seed), n, f"make_blobs(n={n}, seed={seed})")
        if not np.array_equal(X, again):
            raise Fail(f"make_blobs(n={n}, seed={seed}) gave different points on a second call: "
                       "draw them with np.random.default_rng(seed).")
        other, _ = _blobs(t, t.call("make_blobs", n=n, seed=seed + 1), n, f"make_blobs(n={n}, seed={seed + 1})")
        if np.array_equal(X, other):
            raise Fail(f"make_blobs gave the same points for seed={seed} and seed={seed + 1}: use the seed argument.")
    n, seed = 8000, int(t.rng.integers(0, 10_000))
    X, y = _blobs(t, t.call("make_blobs", n=n, seed=seed), n, f"make_blobs(n={n}, seed={seed})")
    for label, centre in ((0, -2.0), (1, 2.0)):
        part = X[y == label]
        mean, cov = part.mean(axis=0), np.cov(part.T)
        # 4000 points: the mean's standard error is 0.016 and a variance's is 0.022.
        if np.abs(mean - centre).max() > 0.1:
            raise Fail(f"make_blobs(n={n}): class {label} points average {fmt.array(mean)}; "
                       f"they should be centred on ({centre:g}, {centre:g}).")
        if np.abs(cov - np.eye(2)).max() > 0.12:
            raise Fail(f"make_blobs(n={n}): class {label} has covariance {fmt.array(cov)}; it should be the "
                       "identity (standard deviation 1 in each direction, no correlation).")


# ---------------------------------------------------------------- gradients and training


@checks("gradients")
def gradients(t):
    n, d = int(t.rng.integers(30, 60)), 3
    X = np.round(t.rng.normal(size=(n, d)), 3)
    y = _labels(t.rng, n)
    w = np.round(t.rng.normal(size=d), 3)
    b = float(np.round(t.rng.normal(), 3))
    theta = np.append(w, b)
    numeric = gradcheck.central_differences(lambda v: oracles.mean_bce(X, y, v[:d], v[d]), theta)
    for labels in (y, y.astype(int)):
        given = f"X of shape ({n}, {d}), y = {fmt.array(labels)}, w = {fmt.array(w)}, b = {fmt.number(b)}"
        grad_w, grad_b = expect.sequence(t.call("gradients", X, labels, w, b), 2, "gradients(X, y, w, b)",
                                         names=("grad_w", "grad_b"))
        grad_w = expect.array(grad_w, "gradients(...): grad_w", shape=(d,))
        grad_b = expect.number(grad_b, "gradients(...): grad_b")
        got = np.append(grad_w, grad_b)
        bad = gradcheck.worst(got, numeric)
        if bad:
            index, error, count, tolerance = bad
            p = oracles.sigma(X @ w + b)
            models = {
                "grad_not_divided_by_n": np.append(X.T @ (p - y), np.sum(p - y)),
                "bce_grad_sign": -numeric,
                "bce_grad_no_sigmoid": np.append(X.T @ (X @ w + b - y) / n, np.mean(X @ w + b - y)),
            }
            name = f"grad_w[{index[0]}]" if index[0] < d else "grad_b"
            raise Fail(f"gradients(X, y, w, b) for {given}: got grad_w = {fmt.array(grad_w)}, grad_b = "
                       f"{fmt.number(grad_b)}; finite differences of the mean BCE give grad_w = "
                       f"{fmt.array(numeric[:d])}, grad_b = {fmt.number(numeric[d])}. {name} is off by a "
                       f"relative {error:.2g} (tolerance: {tolerance}).", pitfall=expect.diagnose(got, models, 1e-5),
                       details={"heatmap": {"title": "∂L/∂w and ∂L/∂b", "yours": got, "numeric": numeric,
                                            "labels": [f"w[{i}]" for i in range(d)] + ["b"]}})


def _train(t, X, y, **kwargs):
    what = "train(X, y" + "".join(f", {k}={v}" for k, v in kwargs.items()) + ")"
    w, b, losses, snapshots = expect.sequence(t.call("train", X, y, **kwargs), 4, what,
                                              names=("w", "b", "losses", "snapshots"))
    w = expect.array(w, f"{what}: w", shape=(X.shape[1],))
    b = expect.number(b, f"{what}: b")
    return what, w, b, losses, snapshots


def _snapshot_dict(snapshots, what, d):
    if isinstance(snapshots, (list, tuple)):
        raise Fail(f"{what}: snapshots is {fmt.kind(snapshots)}; it should be a dict keyed by the "
                   "iteration k, so that snapshots[100] is (w, b) after 100 updates.")
    expect.mapping(snapshots, [], f"{what}: snapshots")
    out = {}
    for key, value in snapshots.items():
        if isinstance(key, (bool, str)) or not float(key).is_integer():
            raise Fail(f"{what}: snapshots has the key {key!r}; keys should be iteration numbers.")
        w, b = expect.sequence(value, 2, f"{what}: snapshots[{int(key)}]", names=("w", "b"))
        out[int(key)] = (expect.array(w, f"{what}: snapshots[{int(key)}] w", shape=(d,)),
                         expect.number(b, f"{what}: snapshots[{int(key)}] b"))
    return out


@checks("train.contract")
def train_contract(t):
    X, y = oracles.blobs(t.rng, 120)
    for steps, every in ((60, 20), (50, 20)):
        what, w, b, losses, snapshots = _train(t, X, y, lr=0.1, steps=steps, snapshot_every=every)
        losses = expect.array(losses, f"{what}: losses", shape=(steps,))
        expect.finite(losses, f"{what}: losses")
        snaps = _snapshot_dict(snapshots, what, 2)
        keys = sorted(set(range(0, steps + 1, every)) | {steps})
        if sorted(snaps) != keys:
            raise Fail(f"{what}: snapshots has keys {sorted(snaps)}; expected {keys} (k = 0, every "
                       f"{every} updates, and always the last, k = {steps}).")
        if np.any(w != 0) and all(np.array_equal(snaps[k][0], w) for k in keys):
            raise Fail(f"{what}: every snapshot holds the final w = {fmt.array(w)}, even snapshots[0].",
                       pitfall="snapshot_aliasing")
        w0, b0 = snaps[0]
        if np.any(w0 != 0) or b0 != 0:
            raise Fail(f"{what}: snapshots[0] is w = {fmt.array(w0)}, b = {fmt.number(b0)}; training "
                       "starts from w = 0 and b = 0.", pitfall="not_from_zero")
        if abs(losses[0] - np.log(2)) > 1e-6:
            raise Fail(f"{what}: losses[0] is {fmt.number(losses[0], 6)}. Before the first update (w = 0, b = 0) "
                       f"every p is 0.5, so the loss is log 2 = 0.693147.",
                       pitfall="loss_after_update" if losses[0] < np.log(2) else None)
        final = snaps[steps]
        if not (np.allclose(final[0], w, rtol=1e-9, atol=1e-12) and np.isclose(final[1], b, rtol=1e-9, atol=1e-12)):
            raise Fail(f"{what}: snapshots[{steps}] is w = {fmt.array(final[0])}, b = {fmt.number(final[1])}, "
                       f"but train returned w = {fmt.array(w)}, b = {fmt.number(b)}; they should be the same.")


@checks("train.trajectory")
def train_trajectory(t):
    X, y = oracles.blobs(t.rng, 160)
    lr, steps, every = 0.05, 300, 25
    ref_w, ref_b, ref_losses, ref_snaps = oracles.gradient_descent(X, y, lr, steps, every)
    what, w, b, losses, snapshots = _train(t, X, y, lr=lr, steps=steps, snapshot_every=every)
    losses = expect.array(losses, f"{what}: losses", shape=(steps,))
    # 1e-5: clipping p instead of adding eps moves a loss by about eps/p, never more.
    if not np.allclose(losses, ref_losses, rtol=1e-5, atol=1e-8):
        k = int(np.argmax(np.abs(losses - ref_losses)))
        pitfall = None
        if np.allclose(losses[:-1], ref_losses[1:], rtol=1e-6, atol=1e-9):
            pitfall = "loss_after_update"
        elif losses[-1] > losses[0]:
            pitfall = "bce_grad_sign"
        elif np.allclose(losses, oracles.gradient_descent(X, y, 0.1, steps, every)[2], rtol=1e-6):
            pitfall = "train_ignores_lr"
        raise Fail(f"{what} on {len(y)} blobs: losses[{k}] is {fmt.number(losses[k], 6)}, the reference run of "
                   f"gradient descent gives {fmt.number(ref_losses[k], 6)} (losses go from "
                   f"{fmt.number(losses[0])} to {fmt.number(losses[-1])}; expected {fmt.number(ref_losses[0])} "
                   f"to {fmt.number(ref_losses[-1])}).", pitfall=pitfall)
    for name, got, expected in (("w", w, ref_w), ("b", b, ref_b)):
        expect.close(got, expected, f"{what}: final {name}", rtol=1e-6, atol=1e-9)
    snaps = _snapshot_dict(snapshots, what, 2)
    for k, (ref_w_k, ref_b_k) in ref_snaps.items():
        if k in snaps:
            expect.close(snaps[k][0], ref_w_k, f"{what}: snapshots[{k}] w", rtol=1e-6, atol=1e-9)
            expect.close(snaps[k][1], ref_b_k, f"{what}: snapshots[{k}] b", rtol=1e-6, atol=1e-9)


@checks("train.accuracy")
def train_accuracy(t):
    for _ in range(3):
        X, y = oracles.blobs(t.rng, 200)
        what, w, b, losses, _ = _train(t, X, y)
        X_new, y_new = oracles.blobs(t.rng, 1000)
        accuracy = float(np.mean((X_new @ w + b >= 0) == (y_new == 1)))
        if not accuracy > 0.95:
            losses = np.asarray(losses, dtype=float).ravel() if isinstance(losses, np.ndarray) else None
            trend = ""
            pitfall = None
            if losses is not None and losses.size > 1 and np.isfinite(losses[[0, -1]]).all():
                trend = f" The loss went from {fmt.number(losses[0])} to {fmt.number(losses[-1])}."
                if losses[-1] > losses[0]:
                    pitfall = "bce_grad_sign"
            raise Fail(f"After {what} with the default lr = 0.1 and 2000 steps on 200 fresh blobs, the model "
                       f"labels {accuracy:.1%} of 1000 new points correctly; the goal is more than 95%.{trend}",
                       pitfall=pitfall)


# ---------------------------------------------------------------- predictions


@checks("predict_proba")
def predict_proba(t):
    n = 7
    X = np.round(t.rng.normal(size=(n, 3)), 3)
    w, b = np.round(t.rng.normal(size=3), 3), float(np.round(t.rng.normal(), 3))
    got = expect.array(t.call("predict_proba", X, w, b), "predict_proba(X, w, b)", shape=(n,))
    expect.close(got, oracles.sigma(X @ w + b), "predict_proba(X, w, b)",
                 f"X = {fmt.array(X)}, w = {fmt.array(w)}, b = {fmt.number(b)}", atol=PROBABILITY_ATOL)


@checks("predict")
def predict(t):
    n = 10
    X = np.round(t.rng.normal(size=(n, 2)), 2)
    X[:3, 1] = X[:3, 0]  # with w = (1, −1) and b = 0 these rows sit exactly on the boundary: p = 0.5
    w, b = np.array([1.0, -1.0]), 0.0
    got = expect.array(t.call("predict", X, w, b), "predict(X, w, b)", shape=(n,))
    p = oracles.sigma(X @ w + b)
    expected = (p >= 0.5).astype(float)
    given = f"X = {fmt.array(X, 8)}, w = (1, -1), b = 0"
    if not np.isin(got, (0.0, 1.0)).all():
        raise Fail(f"predict(X, w, b) for {given} returned {fmt.array(got)}; expected labels 0 and 1.",
                   pitfall="predict_probabilities" if np.allclose(got, p, atol=1e-6) else None)
    wrong = np.flatnonzero(got != expected)
    if len(wrong) and set(wrong) <= {0, 1, 2}:
        # Only ties differ. If the learner's own sigmoid puts these points a hair under 0.5,
        # labelling them 0 follows the rule; at exactly 0.5 it breaks it.
        own = expect.array(t.call("predict_proba", X, w, b), "predict_proba(X, w, b)", shape=(n,))
        if (own[wrong] < 0.5).all():
            return
    if len(wrong):
        pitfall = "threshold_strict" if np.array_equal(got, (p > 0.5).astype(float)) else None
        raise Fail(f"predict(X, w, b) for {given} returned {fmt.array(got, 10)}; expected "
                   f"{fmt.array(expected, 10)} (rows 0 to 2 have p exactly 0.5).", pitfall=pitfall)


# ---------------------------------------------------------------- pictures


def _boundary_tolerance(X):
    return 0.05 * float(np.linalg.norm(np.ptp(X, axis=0))) + 1e-9


def _check_boundary(axes_list, X, y, w, b, what, need_points=True):
    """Fail unless these axes show the boundary of (w, b) and, if asked, the labelled points."""
    shown = figures.shown_points(axes_list, X)
    if need_points and shown < len(X):
        raise Fail(f"{what} shows {shown} of the {len(X)} data points. Scatter all of them: "
                   "ax.scatter(X[:, 0], X[:, 1], c=y).")
    if shown and not figures.classes_told_apart(axes_list, X, y):
        raise Fail(f"{what}: the two classes are drawn alike. Colour the points by label (c=y) "
                   "or draw each class with its own scatter call.")
    if np.linalg.norm(w) == 0:
        return  # at w = 0 every point has p = 0.5: there is no boundary to draw
    tol = _boundary_tolerance(X)
    good, bad = [], []
    for ax in axes_list:
        g, b_ = figures.boundary_report(ax, w, b, tol)
        good += g
        bad += b_
    # A stray line (an axis marker, a legend) proves nothing, but a contour or an image is a
    # picture of some model, so every one of them must be a picture of this one.
    wrong_picture = next((artist for artist in bad if artist[0] != "line"), None)
    if good and wrong_picture is None:
        return
    if bad:
        point, z = figures.far_vertex(wrong_picture or bad[0], w, b)
        raise Fail(f"{what}: the drawn boundary does not follow w·x + b = 0 for w = {fmt.array(w)}, "
                   f"b = {fmt.number(b)}: at ({fmt.number(point[0])}, {fmt.number(point[1])}) on your "
                   f"{(wrong_picture or bad[0])[0]}, w·x + b = {fmt.number(z)} (it should be 0 on the boundary).")
    raise Fail(f"{what} draws no decision boundary. Shade σ(w·x + b) over a grid with contourf, "
               "or draw the line w·x + b = 0 with ax.plot.")


@checks("decision_boundary_figure")
def decision_boundary_figure(t):
    X, y = oracles.blobs(t.rng, 60)
    angle = t.rng.uniform(0.2, 1.3)
    w = np.round(t.rng.uniform(1.5, 3.0) * np.array([np.cos(angle), np.sin(angle)]), 3)
    b = float(np.round(t.rng.uniform(-1, 1), 3))
    fig = expect.figure(t.call("decision_boundary_figure", X, y, w, b), "decision_boundary_figure(X, y, w, b)")
    axes = [ax for ax in fig.plot_axes if ax.has_data]
    if not axes:
        raise Fail("decision_boundary_figure(X, y, w, b) returned an empty figure.")
    _check_boundary(axes, X, y, w, b, "decision_boundary_figure(X, y, w, b)")


def _iteration_axes(fig, iterations, what):
    axes = [ax for ax in fig.plot_axes if ax.has_data or ax.title]
    if len(axes) != 4:
        raise Fail(f"{what} has {len(axes)} plot{'s' if len(axes) != 1 else ''}; expected a 2 × 2 grid of 4.")
    lefts = {round(float(ax.position[0]), 2) for ax in axes}
    bottoms = {round(float(ax.position[1]), 2) for ax in axes}
    if len(lefts) != 2 or len(bottoms) != 2:
        raise Fail(f"{what}: the 4 plots are not arranged 2 × 2 (use fig, axes = plt.subplots(2, 2)).")
    by_iteration = {}
    numbers = [[int(n) for n in re.findall(r"(?<![\d.])\d+(?![\d.])", ax.title.replace(",", "").replace("\u2009", ""))]
               for ax in axes]
    for k in iterations:
        matching = [ax for ax, found in zip(axes, numbers) if k in found]
        if len(matching) > 1:  # "iteration 0, b = 0": prefer plots whose first number is k
            matching = [ax for ax, found in zip(axes, numbers) if found[:1] == [k]]
        if len(matching) != 1:
            shown = ", ".join(repr(ax.title) for ax in axes)
            raise Fail(f"{what}: {'no plot is' if not matching else 'several plots are'} titled with iteration "
                       f"{k} (titles: {shown}). Title each plot with its own iteration, e.g. \"iteration {k}\".")
        by_iteration[k] = matching[0]
    return by_iteration


def _snapshots(rng, iterations, every=20):
    """Snapshots as train would give them: zeros at 0, then a boundary turning into place.

    The figure only has to draw what it is given, so the grader makes up the weights
    instead of running two thousand steps of training.
    """
    last = max(iterations)
    keys = sorted(set(range(0, last + 1, every)) | set(iterations))
    angle, target = rng.uniform(0.3, 1.2), rng.uniform(2.0, 3.5)
    snapshots = {}
    for k in keys:
        progress = 1 - np.exp(-k / 150)
        w = np.round(progress * target * np.array([np.cos(angle * progress), np.sin(angle * progress)]), 4)
        snapshots[k] = (w, float(np.round(progress * rng.uniform(-0.5, 0.5), 4)))
    return snapshots


@checks("snapshot_grid_figure")
def snapshot_grid_figure(t):
    X, y = oracles.blobs(t.rng, 80)
    custom = tuple(sorted(int(k) * 20 for k in t.rng.choice(np.arange(1, 16), size=3, replace=False)))
    for iterations in ((0, 100, 500, 2000), (0,) + custom):
        snapshots = _snapshots(t.rng, iterations)
        kwargs = {} if iterations == (0, 100, 500, 2000) else {"iterations": iterations}
        what = "snapshot_grid_figure(X, y, snapshots" + (f", iterations={iterations})" if kwargs else ")")
        fig = expect.figure(t.call("snapshot_grid_figure", X, y, snapshots, **kwargs), what)
        for k, ax in _iteration_axes(fig, iterations, what).items():
            w, b = snapshots[k]
            _check_boundary([ax], X, y, w, b, f"{what}, the plot for iteration {k}", need_points=False)
