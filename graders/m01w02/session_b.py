"""Session B checks: sigmoid, BCE and its gradient, the training loop, the pictures."""
import re

import numpy as np

from graders.course import expect
from graders.course.checks import CheckSet
from graders.compare import figures, gradcheck, numbers, symbolic
from graders.compare import formatting as fmt
from graders.course.failure import Fail
from . import oracles

checks = CheckSet()
# Probabilities are compared absolutely: 1e-7 accepts float32 arithmetic and a σ(−40) of
# exactly 0, and still sits far below any real mistake.
PROBABILITY_ATOL = 1e-7
EXTREMES = np.array([-1000.0, -745.0, -710.0, -40.0, -1e-3, 0.0, 1e-3, 40.0, 710.0, 745.0, 1000.0])


def _ordinary_z(rng, size):
    """Logits for value checks: most in [-8, 8], one in 9 to 11 and one in 13 to 14, of
    random signs. There σ is 1e-6 to 1e-4 from 0 or 1 and σ' as small, far past
    PROBABILITY_ATOL: a σ cut off anywhere below |z| = 13 (or σ' set to 0 there) fails,
    while any correct formula is still exact."""
    z = np.round(rng.uniform(-8, 8, size=size), 3)
    z[-2:] = np.round([rng.uniform(9, 11), rng.uniform(13, 14)], 3) * rng.choice([-1, 1], size=2)
    return rng.permutation(z)


def _labels(rng, n):
    """Labels with both classes present, as floats."""
    y = rng.integers(0, 2, size=n).astype(float)
    y[:2] = [0.0, 1.0]
    return rng.permutation(y)


# ---------------------------------------------------------------- sigmoid


@checks("sigmoid.values")
def sigmoid_values(t):
    z = _ordinary_z(t.rng, 9)
    z[np.argmin(np.abs(z))] = 0.0
    for arg in (z, z.reshape(3, 3)):
        got = expect.array(t.call("sigmoid", arg), "sigmoid(z)", like=arg)
        expect.close(got, oracles.sigma(arg), "sigmoid(z)", t.describe("sigmoid", arg), atol=PROBABILITY_ATOL,
                     pitfalls={"sigmoid_sign": oracles.sigma(-arg)})
    scalar = float(z[1])
    got = expect.number(t.call("sigmoid", scalar), f"sigmoid({scalar:g})")
    expect.close(got, oracles.sigma(scalar), f"sigmoid({scalar:g})", atol=PROBABILITY_ATOL)
    # Integers are numbers too: sigmoid(2) and an int array must give probabilities, not 0s.
    whole = np.round(z[1:6]).astype(int)
    whole[0] = int(np.sign(whole[0]) or 1) * max(1, abs(int(whole[0])))
    got = expect.array(t.call("sigmoid", whole), "sigmoid(z)", like=whole)
    expect.close(got, oracles.sigma(whole), "sigmoid(z)", f"z = {fmt.array(whole)} (an int array)",
                 atol=PROBABILITY_ATOL)
    got = expect.number(t.call("sigmoid", int(whole[0])), f"sigmoid({int(whole[0])})")
    expect.close(got, oracles.sigma(float(whole[0])), f"sigmoid({int(whole[0])}) (an int)", atol=PROBABILITY_ATOL)


def _overflow_note(t, function):
    """What to say about an overflow warning, from where in the learner's code it was raised."""
    if t.warned_inside("where"):
        return (" np.where computes both of its branches for every z before choosing, so an exponential "
                "inside either branch still overflows at z = ±1000 where that branch is not chosen. Compute "
                "e = np.exp(-np.abs(z)) once and build both branches from it.")
    return ""


@checks("sigmoid.stable")
def sigmoid_stable(t):
    overflow = {"OverflowError": "sigmoid_overflow", "FloatingPointError": "sigmoid_overflow"}
    z = t.rng.permutation(EXTREMES)
    given = fmt.inputs({"z": z}, max_items=len(z))
    got = expect.array(t.call("sigmoid", z, pitfall_on=overflow), "sigmoid(z)", like=z)
    expect.finite(got, "sigmoid(z)", given, pitfall="sigmoid_overflow")
    if (got < 0).any() or (got > 1).any():
        raise Fail(f"sigmoid(z) for {given} left [0, 1]: got {fmt.array(got, len(z))}.")
    expect.close(got, oracles.sigma(z), "sigmoid(z)", given, atol=PROBABILITY_ATOL)
    expect.no_warnings(t.last, "sigmoid(z)", given, pitfall="sigmoid_overflow", note=_overflow_note(t, "sigmoid"))
    for value in (-1000.0, 1000.0):
        got = expect.number(t.call("sigmoid", value, pitfall_on=overflow), f"sigmoid({value:g})")
        expect.close(got, oracles.sigma(value), f"sigmoid({value:g})", atol=PROBABILITY_ATOL)
        expect.no_warnings(t.last, f"sigmoid({value:g})", pitfall="sigmoid_overflow",
                           note=_overflow_note(t, "sigmoid"))


@checks("sigmoid_prime")
def sigmoid_prime(t):
    # Ordinary values first, then the extremes on their own, so that each message shows its input.
    for z in (_ordinary_z(t.rng, 8), np.array([-1000.0, -40.0, 0.0, 40.0, 1000.0])):
        given = fmt.inputs({"z": z}, max_items=len(z))
        got = expect.array(t.call("sigmoid_prime", z), "sigmoid_prime(z)", like=z)
        s = oracles.sigma(z)
        expect.finite(got, "sigmoid_prime(z)", given, pitfall="sigmoid_overflow")
        expect.close(got, s * (1 - s), "sigmoid_prime(z)", given, atol=PROBABILITY_ATOL,
                     pitfalls={"sigmoid_prime_mixes_z": s * (1 - z)})
        expect.no_warnings(t.last, "sigmoid_prime(z)", given, pitfall="sigmoid_overflow",
                           note=_overflow_note(t, "sigmoid_prime"))


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
    # Mostly |z| < 6, plus one logit of 11 to 13 (clipping z at 10 shows), 40 (σ rounds to 1, and
    # the unsimplified chain −y/p + (1 − y)/(1 − p) gives nan) and −800 (σ underflows to 0).
    z = np.round(t.rng.uniform(-6, 6, size=n), 3)
    z[-3:] = [np.round(t.rng.uniform(11, 13), 3) * t.rng.choice([-1, 1]), 40.0, -800.0]
    y = _labels(t.rng, n - 3)
    # Far out, each label is the unlikely one: dL/dz is ±1 there, not 0, so that any change to
    # those values shows (σ(z) − y ≈ 0 would hide a factor or a clipped logit).
    y = np.append(y, (z[-3:] < 0).astype(float))
    order = t.rng.permutation(n)
    z, y = z[order], y[order]
    numeric = gradcheck.central_differences(lambda v: oracles.bce_from_logits(v, y).sum(), z)
    s = oracles.sigma(z)
    for labels in (y, y.astype(int)):
        given = t.describe("bce_grad_z", z, labels)
        raw = t.call("bce_grad_z", z, labels)
        got = expect.array(raw, "bce_grad_z(z, y)", like=z)
        # σ(z) − y is as exact as σ is: 1e-7 absolute, the tolerance of the probabilities themselves.
        bad = gradcheck.worst(got, numeric, atol=PROBABILITY_ATOL, eps=numbers.epsilon(raw))
        if bad:
            index, error, count, tolerance = bad
            pitfall = expect.diagnose(got, {
                "bce_grad_sign": y - s, "bce_grad_no_sigmoid": z - y, "grad_divided_here": (s - y) / n,
                "bce_grad_is_sigmoid_prime": s * (1 - s), "bce_grad_extra_factor": (s - y) * s * (1 - s)})
            i = index[0]
            raise Fail(f"bce_grad_z(z, y) for {fmt.inputs({'z': z, 'y': labels}, n)}: got {fmt.array(got, n)}; "
                       f"finite differences of the loss give {fmt.array(numeric, n)}. At index {i} (z = "
                       f"{fmt.number(z[i])}, y = {fmt.number(labels[i])}) yours is {fmt.number(got[i], 6)} and "
                       f"the finite difference {fmt.number(numeric[i], 6)}: a relative error of {error:.2g} "
                       f"(tolerance: {tolerance}); {count} of {n} values are off.", pitfall=pitfall,
                       details={"heatmap": {"title": "dL/dz per example", "yours": got, "numeric": numeric,
                                            "labels": [f"z={v:g}" for v in z]}})


def _bce_symbols(t):
    return {"z": t.symbol("z"), "y": t.symbol("y")}


def _bce_domain():
    return {"z": symbolic.Uniform(-8, 8), "y": symbolic.OneOf((0.0, 1.0))}


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


def _blob_rows_come_from_their_label(t, sizes=(1, 3, 5), seeds=20):
    """Row i of make_blobs(n) is drawn around its own label's centre, for odd n too.

    One wrong row in thousands moves no statistic, so every row of a few small n is
    averaged over many seeds: a row drawn from the other blob averages about 4 away from
    its centre in each coordinate, a right one within 0.22 (one standard error).
    """
    first = int(t.rng.integers(0, 10_000))
    for n in sizes:
        rows = []
        for seed in range(first, first + seeds):
            X, y = _blobs(t, t.call("make_blobs", n=n, seed=seed), n, f"make_blobs(n={n}, seed={seed})")
            rows.append(X)
        mean = np.mean(rows, axis=0)
        centre = np.where(np.arange(n)[:, None] < n // 2, -2.0, 2.0) * np.ones((1, 2))
        off = np.abs(mean - centre).max(axis=1)
        if off.max() > 2.0:
            i = int(np.argmax(off))
            raise Fail(f"make_blobs(n={n}): over {seeds} seeds ({first} to {first + seeds - 1}), row {i} averages "
                       f"{fmt.array(mean[i])}, but it is labelled {int(i >= n // 2)}, whose blob is centred on "
                       f"({centre[i, 0]:g}, {centre[i, 1]:g}). With n = {n} the first n // 2 = {n // 2} rows are "
                       f"class 0 and the other {n - n // 2} class 1: each blob must have as many rows as its labels.")


@checks("make_blobs")
def make_blobs(t):
    X, y = _blobs(t, t.call("make_blobs"), 200, "make_blobs()")
    expect.defaults_hold(t, "make_blobs")
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
            raise Fail(f"make_blobs gave the same points for seed={seed} and seed={seed + 1}: use the seed argument.",
                       pitfall="seed_ignored")
    _blob_rows_come_from_their_label(t)
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
    # The blobs' noise is drawn independently: row n//2 + i of class 1 owes nothing to row i of
    # class 0 (a fresh generator per blob, seeded alike, repeats the same draws; correlation 1).
    half = n // 2
    for axis in (0, 1):
        r = float(np.corrcoef(X[:half, axis], X[half:2 * half, axis])[0, 1])
        if abs(r) > 0.2:  # 4000 pairs: an independent draw's correlation is within ±0.016
            raise Fail(f"make_blobs(n={n}, seed={seed}): coordinate {axis} of row i and of row {half} + i "
                       f"correlate (r = {r:.3f}): class 1's points repeat class 0's random draws, moved. "
                       "Draw both blobs from one generator, rng = np.random.default_rng(seed), one after the other.")


# ---------------------------------------------------------------- gradients and training


@checks("gradients")
def gradients(t):
    n, d = int(t.rng.integers(30, 60)), 3
    X = np.round(t.rng.normal(size=(n, d)), 3)
    y = _labels(t.rng, n)
    w = np.round(t.rng.normal(size=d), 3)
    b = float(np.round(t.rng.choice([-1, 1]) * t.rng.uniform(0.5, 2.0), 3))  # far from 0: b must matter
    theta = np.append(w, b)
    numeric = gradcheck.central_differences(lambda v: oracles.mean_bce(X, y, v[:d], v[d]), theta)
    for labels in (y, y.astype(int)):
        given = f"X of shape ({n}, {d}), y = {fmt.array(labels)}, w = {fmt.array(w)}, b = {fmt.number(b)}"
        raw = t.call("gradients", X, labels, w, b)
        grad_w, grad_b = expect.sequence(raw, 2, "gradients(X, y, w, b)", names=("grad_w", "grad_b"))
        grad_w = expect.array(grad_w, "gradients(...): grad_w", shape=(d,))
        grad_b = expect.number(grad_b, "gradients(...): grad_b")
        got = np.append(grad_w, grad_b)
        bad = gradcheck.worst(got, numeric, atol=PROBABILITY_ATOL, eps=numbers.epsilon(raw))
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
                       f"{fmt.array(numeric[:d])}, grad_b = {fmt.number(numeric[d])}. {name} is "
                       f"{fmt.number(got[index[0]], 6)} against {fmt.number(numeric[index[0]], 6)}: a relative "
                       f"error of {error:.2g} (tolerance: {tolerance}).", pitfall=expect.diagnose(got, models, 1e-5),
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
    expect.defaults_hold(t, "train", X[::4], y[::4])
    # Any number of features: w starts as np.zeros(X.shape[1]), not as np.zeros(2).
    X3 = np.column_stack([X, np.round(t.rng.normal(size=len(X)), 3)])
    what, w3, _, _, snapshots3 = _train(t, X3, y, lr=0.1, steps=10, snapshot_every=5)
    _snapshot_dict(snapshots3, what, 3)
    for steps, every in ((60, 20), (50, 20)):
        what, w, b, losses, snapshots = _train(t, X, y, lr=0.1, steps=steps, snapshot_every=every)
        losses = expect.array(losses, f"{what}: losses", shape=(steps,))
        expect.finite(losses, f"{what}: losses")
        snaps = _snapshot_dict(snapshots, what, 2)
        keys = sorted(set(range(0, steps + 1, every)) | {steps})
        if sorted(snaps) != keys:
            raise Fail(f"{what}: snapshots has keys {sorted(snaps)}; expected {keys} (k = 0, every "
                       f"{every} updates, and always the last, k = {steps}).")
        for name, final, part in (("w", w, 0), ("b", b, 1)):
            if np.any(np.asarray(final) != 0) and all(np.array_equal(snaps[k][part], final) for k in keys):
                raise Fail(f"{what}: every snapshot holds the final {name} = {fmt.array(final)}, even "
                           "snapshots[0].", pitfall="snapshot_aliasing")
        w0, b0 = snaps[0]
        after_one = oracles.gradient_descent(X, y, 0.1, 1, 1)[3][1]
        if np.allclose(w0, after_one[0], rtol=1e-6, atol=1e-9) and np.isclose(b0, after_one[1], rtol=1e-6, atol=1e-9):
            raise Fail(f"{what}: snapshots[0] is w = {fmt.array(w0)}, b = {fmt.number(b0)}, the weights after the "
                       "first update. snapshots[k] holds (w, b) after k updates, so snapshots[0] is the starting "
                       "point, stored before the first update.", pitfall="snapshot_after_update")
        if np.any(w0 != 0) or b0 != 0:
            raise Fail(f"{what}: snapshots[0] is w = {fmt.array(w0)}, b = {fmt.number(b0)}; training "
                       "starts from w = 0 and b = 0.", pitfall="not_from_zero")
        if abs(losses[0] - np.log(2)) > 1e-6:
            second = oracles.gradient_descent(X, y, 0.1, 2, 1)[2][1]  # the loss after one update
            pitfall = ("loss_after_update" if np.isclose(losses[0], second, rtol=1e-5) else
                       "bce_sign" if np.isclose(losses[0], -np.log(2), rtol=1e-5) else None)
            raise Fail(f"{what}: losses[0] is {fmt.number(losses[0], 6)}. Before the first update (w = 0, b = 0) "
                       f"every p is 0.5, so the loss is log 2 = 0.693147.", pitfall=pitfall)
        final = snaps[steps]
        if not (np.allclose(final[0], w, rtol=1e-9, atol=1e-12) and np.isclose(final[1], b, rtol=1e-9, atol=1e-12)):
            raise Fail(f"{what}: snapshots[{steps}] is w = {fmt.array(final[0])}, b = {fmt.number(final[1])}, "
                       f"but train returned w = {fmt.array(w)}, b = {fmt.number(b)}; they should be the same.")
    # train takes every one of its steps and records each, even once the loss has stopped
    # falling: points that come with both labels (the gradient at w = 0, b = 0 is exactly 0,
    # so the loss never moves), and classes far apart (the loss is almost 0 within a few steps).
    half = X[::8]
    runs = {"points that each come with both labels": (np.vstack([half, half]),
                                                      np.concatenate([np.zeros(len(half)), np.ones(len(half))])),
            "two classes far apart": (X[::4] + 4.0 * (2 * y[::4, None] - 1), y[::4])}
    for situation, (X_run, y_run) in runs.items():
        steps = 100
        what, _, _, losses, snapshots = _train(t, X_run, y_run, lr=1.0, steps=steps, snapshot_every=25)
        count = len(losses) if isinstance(losses, (list, tuple, np.ndarray)) and np.ndim(losses) else 1
        if count != steps:
            raise Fail(f"{what} on {len(y_run)} {situation} returned {count} loss{'es' if count != 1 else ''}; expected one per update, "
                       f"{steps}. train takes every one of its steps, even once the loss has stopped falling.")
        keys = sorted(_snapshot_dict(snapshots, what, 2))
        if keys != list(range(0, steps + 1, 25)):
            raise Fail(f"{what} on {situation}: snapshots has keys {keys}; expected {list(range(0, steps + 1, 25))}.")


def _training_mistake(X, y, losses, rates, head=30):
    """The pitfall whose run of gradient descent (at its learning rate) gives these losses.

    Only the first updates are compared: they do not depend on how the logs are guarded.
    """
    losses = np.asarray(losses, dtype=float).ravel()
    k = min(head, losses.size)
    for pitfall, lr in rates.items():
        model = oracles.gradient_descent(X, y, lr, k, k)[2]
        if k and np.allclose(losses[:k], model, rtol=1e-4, atol=1e-8):
            return pitfall
    return None


@checks("train.trajectory")
def train_trajectory(t):
    X, y = oracles.blobs(t.rng, 160)
    lr, steps, every = 0.05, 300, 25
    ref_w, ref_b, ref_losses, ref_snaps = oracles.gradient_descent(X, y, lr, steps, every)
    what, w, b, losses, snapshots = _train(t, X, y, lr=lr, steps=steps, snapshot_every=every)
    eps = numbers.epsilon(t.last.value)  # a run in float32 is held to float32's precision
    losses = expect.array(losses, f"{what}: losses", shape=(steps,))
    # 1e-5: clipping p instead of adding eps moves a loss by about eps/p, never more.
    if not np.allclose(losses, ref_losses, rtol=1e-5, atol=1e-8):
        k = int(np.argmax(np.abs(losses - ref_losses)))
        pitfall = None
        if np.allclose(losses[:-1], ref_losses[1:], rtol=1e-6, atol=1e-9):
            pitfall = "loss_after_update"
        else:
            pitfall = _training_mistake(X, y, losses, {"bce_grad_sign": -lr, "grad_not_divided_by_n": lr * len(y),
                                                       "train_ignores_lr": 0.1})
        raise Fail(f"{what} on {len(y)} blobs: losses[{k}] is {fmt.number(losses[k], 6)}, the reference run of "
                   f"gradient descent gives {fmt.number(ref_losses[k], 6)} (losses go from "
                   f"{fmt.number(losses[0])} to {fmt.number(losses[-1])}; expected {fmt.number(ref_losses[0])} "
                   f"to {fmt.number(ref_losses[-1])}).", pitfall=pitfall)
    # Parameters are compared at the scale of the whole model: b may cross 0 while w is large,
    # and a b of 1e-4 computed through a float32 sigmoid is right to 1e-9, not to 1e-6 of itself.
    def atol(w_k, b_k):
        return 1e-6 * max(float(np.abs(w_k).max()), abs(float(b_k)), 1e-3)

    for name, got, expected in (("w", w, ref_w), ("b", b, ref_b)):
        expect.close(got, expected, f"{what}: final {name}", rtol=1e-6, atol=atol(ref_w, ref_b), eps=eps)
    snaps = _snapshot_dict(snapshots, what, 2)
    for k, (ref_w_k, ref_b_k) in ref_snaps.items():
        if k in snaps:
            tolerance = atol(ref_w_k, ref_b_k)
            expect.close(snaps[k][0], ref_w_k, f"{what}: snapshots[{k}] w", rtol=1e-6, atol=tolerance, eps=eps)
            expect.close(snaps[k][1], ref_b_k, f"{what}: snapshots[{k}] b", rtol=1e-6, atol=tolerance, eps=eps)


@checks("train.accuracy")
def train_accuracy(t):
    for _ in range(3):
        X, y = oracles.blobs(t.rng, 200)
        what, w, b, losses, _ = _train(t, X, y)
        X_new, y_new = oracles.blobs(t.rng, 1000)
        accuracy = float(np.mean((X_new @ w + b >= 0) == (y_new == 1)))
        if not accuracy > 0.95:
            try:
                losses = np.asarray(losses, dtype=float).ravel()  # an array, a list, a list of (1, 1) arrays
            except (TypeError, ValueError):
                losses = np.zeros(0)
            trend, pitfall = "", None
            if losses.size > 1 and np.isfinite(losses[[0, -1]]).all():
                trend = f" The loss went from {fmt.number(losses[0])} to {fmt.number(losses[-1])}."
                pitfall = _training_mistake(X, y, losses, {"bce_grad_sign": -0.1, "grad_not_divided_by_n": 0.1 * len(y)})
            raise Fail(f"After {what} with the default lr = 0.1 and 2000 steps on 200 fresh blobs, the model "
                       f"labels {accuracy:.1%} of 1000 new points correctly; the goal is more than 95%.{trend}",
                       pitfall=pitfall)


# ---------------------------------------------------------------- predictions


def _logit_rows(rng, w, levels, spread=3.0):
    """Rows x with w·x equal to each of ``levels`` (to 2 decimals), spread across the plane."""
    w = np.asarray(w, float)
    unit = w / np.linalg.norm(w)
    rows = []
    for level in levels:
        free = rng.uniform(-spread, spread, size=len(w))
        free -= (free @ unit) * unit  # no part along w: it does not change w·x
        rows.append(level * w / (w @ w) + free)
    return np.round(np.array(rows), 2)


@checks("predict_proba")
def predict_proba(t):
    w = np.round(t.rng.normal(size=3), 3)
    b = float(np.round(t.rng.choice([-1, 1]) * t.rng.uniform(1.0, 2.5), 3))  # b matters: p moves by 0.2 or more
    X = np.round(t.rng.normal(size=(7, 3)), 3)
    # Two rows far out (|z| of 5 to 7, p within 0.01 of 0 or 1): clipping p there shows.
    far = t.rng.uniform(5, 7, size=2) * [1, -1]
    X[-2:] = _logit_rows(t.rng, w, far - b, spread=1.0)
    X = t.rng.permutation(X)
    got = expect.array(t.call("predict_proba", X, w, b), "predict_proba(X, w, b)", shape=(7,))
    expect.close(got, oracles.sigma(X @ w + b), "predict_proba(X, w, b)",
                 f"X = {fmt.array(X)}, w = {fmt.array(w)}, b = {fmt.number(b)}", atol=PROBABILITY_ATOL,
                 pitfalls={"predict_ignores_b": oracles.sigma(X @ w), "sigmoid_sign": oracles.sigma(-(X @ w + b))})


def _predict_inputs(rng):
    """(X, w, b, tie rows) with three features. w and b are halves and the tie rows quarters,
    so that w·x + b is exactly 0 there (p exactly 0.5). The other rows lie where leaving b
    out, flipping its sign, or thresholding z (not p) at 0.5 changes their label."""
    w = np.array([rng.choice([-2, -1.5, -1, -0.5, 0.5, 1, 1.5, 2]), rng.choice([-1.5, -1, -0.5, 0.5, 1, 1.5]),
                  rng.choice([-2, -1, -0.5, 0.5, 1, 2])])
    b = float(rng.choice([-1, 1]) * rng.choice([1.5, 2.0, 2.5, 3.0]))
    x12 = rng.integers(-12, 13, size=(3, 2)) / 4
    ties = np.column_stack([x12, -(x12 @ w[:2] + b) / w[2]])  # exact: w₃ is a power of two
    between = rng.choice([-1, 1], size=4) * rng.uniform(0.2, 0.8, size=4) * abs(b)  # |w·x| < |b|
    between[:2] = [0.4 * abs(b), -0.4 * abs(b)]  # both sides of 0, always
    near = np.array([0.25, -0.25]) - b  # z = w·x + b = ±0.25: the labels of z ≥ 0.5 differ
    outside = rng.choice([-1, 1], size=3) * (abs(b) + rng.uniform(0.3, 2.0, size=3))
    X = np.vstack([ties, _logit_rows(rng, w, np.concatenate([between, near, outside]))])
    order = rng.permutation(len(X))
    return X[order], w, b, np.flatnonzero(order < 3)


@checks("predict")
def predict(t):
    X, w, b, ties = _predict_inputs(t.rng)
    n = len(X)
    got = expect.array(t.call("predict", X, w, b), "predict(X, w, b)", shape=(n,))
    p = oracles.sigma(X @ w + b)
    expected = (p >= 0.5).astype(float)
    given = f"X of shape {fmt.shape(X.shape)}, w = {fmt.array(w)}, b = {fmt.number(b)}"
    if not np.isin(got, (0.0, 1.0)).all():
        raise Fail(f"predict(X, w, b) for {given} returned {fmt.array(got)}; expected labels 0 and 1.",
                   pitfall="predict_probabilities" if np.allclose(got, p, atol=1e-6) else None)
    wrong = np.flatnonzero(got != expected)
    if len(wrong) and set(wrong) <= set(ties):
        # Only ties differ. If the learner's own sigmoid puts these points a hair under 0.5,
        # labelling them 0 follows the rule; at exactly 0.5 it breaks it.
        own = expect.array(t.call("predict_proba", X, w, b), "predict_proba(X, w, b)", shape=(n,))
        if (own[wrong] < 0.5).all():
            return
    if not len(wrong):
        return
    i = int(next((r for r in wrong if r not in ties), wrong[0]))  # a row off the boundary says more
    tie_rows = ", ".join(str(int(r)) for r in sorted(ties))
    text = (f"predict(X, w, b) for {given} returned {fmt.array(got, n)}; expected {fmt.array(expected, n)}. "
            f"Row {i}, x = {fmt.array(X[i])}, has w·x + b = "
            f"{fmt.number(X[i] @ w + b)}, so p = {fmt.number(p[i])}: label {int(expected[i])}, not {int(got[i])}.")
    pitfall = None
    if np.array_equal(got, (p > 0.5).astype(float)):
        pitfall = "threshold_strict"
        rounding = {"round", "rint", "around"} & t.source_calls("predict")
        text += (f" Rows {tie_rows} have p exactly 0.5" + (
            ": np.round rounds 0.5 to 0 (halves go to the even number), so it labels them 0."
            if rounding else "."))
    elif np.array_equal(got, (X @ w >= 0).astype(float)):
        pitfall = "predict_ignores_b"
    elif np.array_equal(got, (X @ w - b >= 0).astype(float)):
        pitfall = "predict_b_sign"
    raise Fail(text, pitfall=pitfall)


# ---------------------------------------------------------------- pictures

# The data of the figure checks always fill the same box (two anchor points sit in its
# corners), so that a learner's grid has the same spacing for every seed, and every
# boundary the checks draw is chosen so that each mistake below moves it at least
# BOUNDARY_SHIFT inside that box: several times the widest tolerance an artist gets.
BOX = (-5.5, 5.5, -5.5, 5.5)
BOUNDARY_SHIFT = 1.5
LINE_TOLERANCE = 0.1  # a line is drawn from the formula itself: it is exact
COARSEST = 0.6  # an artist whose grid cells are wider than this can refute a boundary, not prove it
LOGIT_03 = float(np.log(0.3 / 0.7))


def _figure_data(rng, n):
    """Two blobs of n points in all, clipped to BOX, with its two corners as the extreme points."""
    X, y = oracles.blobs(rng, n - 2)
    X = np.round(np.clip(X, BOX[0] + 0.2, BOX[1] - 0.2), 3)
    return (np.vstack([[BOX[0], BOX[2]], X, [BOX[1], BOX[3]]]),
            np.concatenate([[0.0], y, [1.0]]))


def boundary_mistakes(w, b):
    """[(pitfall, the boundary that mistake draws)] for the line w·x + b = 0."""
    (w1, w2), Line = w, figures.Boundary.of
    return [
        ("boundary_without_b", Line(w, 0.0)),
        ("boundary_b_sign", Line(w, -b)),
        ("boundary_intercept", Line(w, b * w2)),  # x₂ = −w₁x₁/w₂ − b: b not divided by w₂
        ("boundary_intercept", Line(w, b * w2 / w1)),  # b divided by w₁
        ("boundary_weights_swapped", Line((w2, w1), b)),
        ("boundary_slope_sign", Line((w1, -w2), b)),
        ("boundary_slope_sign", Line((w1, -w2), -b)),
        ("boundary_wrong_level", Line(w, b - LOGIT_03)),  # where p = 0.3
        ("boundary_wrong_level", Line(w, b + LOGIT_03)),  # where p = 0.7
        ("boundary_wrong_level", Line(w, b - 0.5)),  # where z = 0.5
        ("boundary_wrong_level", Line(w, b + 0.5)),
        ("sigmoid_sign", Line(-np.asarray(w), -b)),  # the same line, but σ(−z) shaded: the sides swapped
    ]


def _boundary_weights(rng, distinct_from=()):
    """(w, b) whose boundary crosses BOX, and that every mistake (and every boundary in
    ``distinct_from``) moves by at least BOUNDARY_SHIFT there.

    Candidates come in batches: the mistakes that keep the line's direction move it by
    |b − b'|/|w| everywhere, which numpy checks for a whole batch at once; the few that
    pass are then checked against the mistakes that turn the line.
    """
    while True:
        count = 64
        angle, size = rng.uniform(0, 2 * np.pi, count), rng.uniform(0.2, 0.34, count)
        w = np.round(size[:, None] * np.column_stack([np.cos(angle), np.sin(angle)]), 3)
        norm = np.linalg.norm(w, axis=1)
        b = np.round(rng.choice([-1, 1], count) * rng.uniform(1.5, 3.0, count) * norm, 3)
        with np.errstate(divide="ignore", invalid="ignore"):
            shifted = np.column_stack([np.zeros(count), -b, b * w[:, 1], b * w[:, 1] / w[:, 0],
                                       b - LOGIT_03, b + LOGIT_03, b - 0.5, b + 0.5])
            moved = np.abs(b[:, None] - shifted) / norm[:, None]
            apart = np.abs(shifted[:, :, None] - shifted[:, None, :]) / norm[:, None, None]
        same = np.array([2, 2, 3, 3, 4, 4, 4, 4])  # the pitfall each column stands for
        apart[:, same[:, None] == same[None, :]] = np.inf
        fine = (np.abs(w).min(axis=1) >= 0.1) & (moved >= BOUNDARY_SHIFT).all(axis=1) \
            & (np.nan_to_num(apart, nan=np.inf) >= 3 * LINE_TOLERANCE).all(axis=(1, 2))
        for i in np.flatnonzero(fine):
            true = figures.Boundary.of(w[i], b[i])
            turned = [m for pitfall, m in boundary_mistakes(w[i], b[i])
                      if pitfall in ("boundary_weights_swapped", "boundary_slope_sign")]
            if all(figures.displacement(true, m, BOX) >= BOUNDARY_SHIFT for m in turned + list(distinct_from)):
                return w[i], float(b[i])


def _check_boundary(axes_list, X, y, w, b, what, need_points=True):
    """Fail unless these axes show the boundary of (w, b) and, if asked, the labelled points."""
    shown = figures.shown_points(axes_list, X)
    if need_points and shown == len(X) and figures.points_in_view(axes_list, X) < len(X):
        visible = figures.points_in_view(axes_list, X)
        raise Fail(f"{what}: only {visible} of the {len(X)} data points lie inside the plot's limits; the rest are "
                   "drawn outside the visible area. Check set_xlim / set_ylim (or ax.axis) against the data.")
    if need_points and shown < len(X):
        if figures.shown_points(axes_list, X[:, ::-1]) == len(X):
            raise Fail(f"{what} draws the data points with their coordinates swapped: each point (x₁, x₂) is "
                       "at (x₂, x₁). Put the first column on the horizontal axis: ax.scatter(X[:, 0], X[:, 1], c=y).")
        raise Fail(f"{what} shows {shown} of the {len(X)} data points. Scatter all of them: "
                   "ax.scatter(X[:, 0], X[:, 1], c=y).")
    if shown and not figures.classes_told_apart(axes_list, X, y):
        raise Fail(f"{what}: the two classes are drawn alike. Colour the points by label (c=y) "
                   "or draw each class with its own scatter call.")
    if np.linalg.norm(w) == 0:
        return  # at w = 0 every point has p = 0.5: there is no boundary to draw
    boundary = figures.Boundary.of(w, b)
    found = figures.find_boundaries(axes_list, boundary, LINE_TOLERANCE, COARSEST, box=BOX)
    if found.verdict == "ok":
        return
    model = f"w = {fmt.array(w)}, b = {fmt.number(b)}"
    if found.verdict == "wrong":
        raise _wrong_boundary(found.wrong[0], boundary, what, model)
    if found.verdict == "coarse":
        cell = min(artist.resolution for artist in found.coarse)
        raise Fail(f"{what}: the boundary is drawn on a grid too coarse to show where it is (cells about "
                   f"{cell:.2g} units across, for data spanning {BOX[1] - BOX[0]:g} units). Use at least 50 "
                   "points per axis in np.meshgrid, or draw the line w·x + b = 0 itself.")
    if found.verdict == "partial":
        raise Fail(f"{what}: the boundary for {model} is drawn over only a small part of the data (less than "
                   "half of where it crosses the points' region). Draw it across the whole plot, e.g. over "
                   "x₁ from X[:, 0].min() to X[:, 0].max().")
    if found.empty:
        levels = ", ".join(fmt.number(v) for v in found.empty[0].data.levels[:6])
        raise Fail(f"{what}: your contour (levels {levels}) draws nothing: no point of its grid reaches "
                   "those levels (σ(w·x + b) is never exactly 0 or 1). The boundary is the level p = 0.5, "
                   "or z = 0 for a contour of w·x + b.", pitfall="boundary_wrong_level")
    raise Fail(f"{what} draws no decision boundary for {model}. Shade σ(w·x + b) over a grid with "
               "contourf, or draw the line w·x + b = 0 with ax.plot.")


def _wrong_boundary(artist, boundary, what, model):
    """The Fail for an artist that shows some other boundary, naming the mistake it matches."""
    levels = figures.contour_levels_shown(artist, boundary)
    if levels is not None:
        field, values = levels
        name = {"z": "w·x + b", "p": "σ(w·x + b)", "label": "the predicted label"}[field]
        shown = ", ".join(fmt.number(v) for v in values[:6])
        return Fail(f"{what}: your contour of {name} is drawn at the level{'s' if len(values) > 1 else ''} "
                    f"{shown}, which is not the boundary for {model}: the boundary is where w·x + b = 0, "
                    "that is p = 0.5.", pitfall="boundary_wrong_level")
    point, shown, truth = figures.disagreement(artist, boundary)
    where = f"({fmt.number(point[0])}, {fmt.number(point[1])})"
    text = f"{what}: the drawn boundary does not follow w·x + b = 0 for {model}: "
    if artist.kind == "line":
        text += f"your line passes through {where}, where {truth}"
    else:
        text += f"at {where} your {artist.kind} shows {shown}, but there {truth}"
    if artist.kind == "line" and artist.offset:
        text += (f"; your line runs parallel to the boundary, {fmt.number(abs(artist.offset), 3)} units away, "
                 f"where w·x + b = {fmt.number(artist.offset * boundary.norm, 3)} all along")
    if artist.upside_down is not None and figures.depicts(artist.upside_down, boundary):
        return Fail(text + ". The same image with its rows in the other order would be right: imshow puts "
                    "row 0 at the top unless you pass origin='lower'.", pitfall="image_upside_down")
    matching = [(figures.mean_distance(artist, mistake), pitfall)
                for pitfall, mistake in boundary_mistakes(boundary.w, boundary.b) if figures.depicts(artist, mistake)]
    return Fail(text + ".", pitfall=min(matching)[1] if matching else None)


@checks("decision_boundary_figure")
def decision_boundary_figure(t):
    X, y = _figure_data(t.rng, 60)
    w, b = _boundary_weights(t.rng)
    fig = expect.figure(t.call("decision_boundary_figure", X, y, w, b), "decision_boundary_figure(X, y, w, b)")
    axes = [ax for ax in fig.plot_axes if ax.has_data]
    if not axes:
        raise Fail("decision_boundary_figure(X, y, w, b) returned an empty figure.")
    # A side panel of other plots (a histogram of p, say) is not the plane of the data: judge
    # the axes that show data points, and any that shade the plane.
    plane = [ax for ax in axes if figures.shown_points([ax], X) or ax.contours or ax.images or ax.meshes]
    axes = plane or axes
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
    numbers = [[int(n) for n in re.findall(r"(?<![\d.])\d+(?!\d|\.\d)", ax.title.replace(",", "").replace("\u2009", ""))]
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
    """Snapshots as train gives them (zeros at k = 0, then every ``every`` updates).

    The figure only has to draw what it is given, so the grader makes up the weights
    instead of training. Each boundary a plot must show is clear of every mistake and of
    the boundaries of its neighbours (k ± every) and of the last snapshot, so that drawing
    the wrong snapshot, or the final weights everywhere, fails.
    """
    last = max(iterations)
    keys = sorted(set(range(0, last + 1, every)) | set(iterations))
    shown = sorted({k for i in iterations if i for k in (i - every, i, i + every, last) if k in keys and k})
    snapshots, drawn = {0: (np.zeros(2), 0.0)}, []
    for k in shown:
        w, b = _boundary_weights(rng, distinct_from=drawn)
        drawn.append(figures.Boundary.of(w, b))
        snapshots[k] = (w, b)
    for k in keys:  # never drawn by a right answer: any weights do
        if k not in snapshots:
            snapshots[k] = (np.round(rng.normal(scale=0.3, size=2), 3), float(np.round(rng.normal(), 3)))
    return dict(sorted(snapshots.items()))


@checks("snapshot_grid_figure")
def snapshot_grid_figure(t):
    X, y = _figure_data(t.rng, 80)
    custom = tuple(sorted(int(k) * 20 for k in t.rng.choice(np.arange(1, 16), size=3, replace=False)))
    for iterations in ((0, 100, 500, 2000), (0,) + custom):
        snapshots = _snapshots(t.rng, iterations)
        kwargs = {} if iterations == (0, 100, 500, 2000) else {"iterations": iterations}
        what = "snapshot_grid_figure(X, y, snapshots" + (f", iterations={iterations})" if kwargs else ")")
        fig = expect.figure(t.call("snapshot_grid_figure", X, y, snapshots, **kwargs), what)
        for k, ax in _iteration_axes(fig, iterations, what).items():
            w, b = snapshots[k]
            _check_boundary([ax], X, y, w, b, f"{what}, the plot for iteration {k}", need_points=False)
