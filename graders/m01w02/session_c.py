"""Session C checks: the confusion matrix and metrics from scratch, a held-out split, the fraud demo."""
import numpy as np

from graders.course import expect
from graders.course.checks import CheckSet
from graders.compare import formatting as fmt
from graders.compare import numbers
from graders.course.failure import Fail

checks = CheckSet()
# Ratios of counts: a smoothing epsilon of 1e-7 in a denominator (tp / (tp + fp + 1e-7)) is
# right; every real mistake, rounding included (the counts make no short decimals), is far off.
RATIO_RTOL = 1e-6
ZERO_DIVISION = {"ZeroDivisionError": "zero_division", "FloatingPointError": "zero_division"}


def _counts(y_true, y_pred):
    t, p = np.asarray(y_true) == 1, np.asarray(y_pred) == 1
    return [int(np.sum(p & t)), int(np.sum(~p & ~t)), int(np.sum(p & ~t)), int(np.sum(~p & t))]


def _ratios(y_true, y_pred):
    tp, tn, fp, fn = _counts(y_true, y_pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [precision, recall, f1]


def _labels(rng, n, positive_rate):
    """True labels and imperfect predictions whose four counts all differ, whose accuracy
    differs from its recall, and whose ratios are not short decimals (0.7, 0.25), so that
    no swapped formula and no rounding can pass by chance."""
    for _ in range(100_000):
        y_true = (rng.random(n) < positive_rate).astype(int)
        y_pred = np.where(rng.random(n) < 0.25, 1 - y_true, y_true)
        tp, tn, fp, fn = _counts(y_true, y_pred)
        ratios = [(tp + tn) / n, *_ratios(y_true, y_pred)]
        long = all(abs(v * 1e4 - round(v * 1e4)) > 1e-6 for v in ratios)
        if min(tp, tn, fp, fn) > 0 and len({tp, tn, fp, fn}) == 4 and (tp + tn) * (tp + fn) != tp * n and long:
            return y_true, y_pred
    raise RuntimeError(f"no labels of {n} with these properties")  # a grader bug, not the learner's


def _numbers(value, count, what, names):
    items = expect.sequence(value, count, what, names=names)
    return [expect.number(v, f"{what}: {name}") for v, name in zip(items, names)]


@checks("confusion_matrix")
def confusion_matrix(t):
    y_true, y_pred = _labels(t.rng, 41, 0.4)
    expected = _counts(y_true, y_pred)
    tp, tn, fp, fn = expected
    for a, b in ((y_true, y_pred), (y_true.astype(float), y_pred.astype(float))):
        given = f"y_true = {fmt.array(a, 8)}, y_pred = {fmt.array(b, 8)} (41 labels)"
        got = _numbers(t.call("confusion_matrix", a, b), 4, "confusion_matrix(y_true, y_pred)",
                       ("TP", "TN", "FP", "FN"))
        if got != expected:
            pitfall = {(tp, tn, fn, fp): "fp_fn_swapped", (tp, fp, tn, fn): "confusion_order",
                       (tn, fp, fn, tp): "confusion_order", (tp, fn, fp, tn): "confusion_order"}.get(tuple(got))
            shown = ", ".join(fmt.number(v) for v in got)
            raise Fail(f"confusion_matrix(y_true, y_pred) for {given} returned ({shown}); expected "
                       f"(TP, TN, FP, FN) = ({tp}, {tn}, {fp}, {fn}).", pitfall=pitfall)


@checks("accuracy")
def accuracy(t):
    y_true, y_pred = _labels(t.rng, 31, 0.5)
    tp, tn, fp, fn = _counts(y_true, y_pred)
    for a, b in ((y_true, y_pred), (y_true.astype(float), y_pred.astype(float))):
        got = expect.number(t.call("accuracy", a, b), "accuracy(y_true, y_pred)")
        expect.close(got, (tp + tn) / 31, "accuracy(y_true, y_pred)",
                     f"y_true = {fmt.array(a, 8)}, y_pred = {fmt.array(b, 8)} (31 labels)", rtol=RATIO_RTOL,
                     eps=numbers.epsilon(t.last.value),
                     pitfalls={"accuracy_count": tp + tn})


def _prf(t, y_true, y_pred, what_inputs):
    got = _numbers(t.call("precision_recall_f1", y_true, y_pred, pitfall_on=ZERO_DIVISION), 3,
                   "precision_recall_f1(y_true, y_pred)", ("precision", "recall", "f1"))
    return got


def _from_counts(rng, tp, tn, fp, fn):
    """Shuffled (y_true, y_pred) with exactly these four counts."""
    pairs = [(1, 1)] * tp + [(0, 0)] * tn + [(0, 1)] * fp + [(1, 0)] * fn
    pairs = np.array(pairs)[rng.permutation(tp + tn + fp + fn)]
    return pairs[:, 0], pairs[:, 1]


# (Label counts are odd primes, 31, 41, 53, 61, so that an accuracy is never a short decimal.)
# Where a guard or a denominator written slightly wrong still gives the right numbers on
# ordinary data: a perfect precision (FP = 0), a perfect recall (FN = 0), TP = FP, TP = FN,
# and P = R. (count → (tp, tn, fp, fn) from k ≥ 2.)
EDGE_COUNTS = {
    "no false positives (precision 1)": lambda k: (k + 1, k + 3, 0, k),
    "no false negatives (recall 1)": lambda k: (k + 1, k + 3, k, 0),
    "as many false positives as true positives": lambda k: (k, k + 3, k, k + 2),
    "as many false negatives as true positives": lambda k: (k, k + 3, k + 2, k),
    "as many false positives as false negatives (P = R)": lambda k: (k + 2, k + 3, k, k),
}


@checks("precision_recall_f1.values")
def precision_recall_f1_values(t):
    y_true, y_pred = _labels(t.rng, 61, 0.2)  # imbalanced, as in real problems
    cases = [(y_true, y_pred, "61 labels, 20% positive"),
             (y_true.astype(float), y_pred.astype(float), "the same labels as floats")]
    for situation, counts in EDGE_COUNTS.items():
        cases.append((*_from_counts(t.rng, *counts(int(t.rng.integers(2, 6)))), situation))
    for y_true, y_pred, situation in cases:
        expected = _ratios(y_true, y_pred)
        precision, recall, f1 = expected
        given = f"y_true = {fmt.array(y_true, 8)}, y_pred = {fmt.array(y_pred, 8)} ({situation})"
        got = _prf(t, y_true, y_pred, given)
        accuracy = float(np.mean(y_true == y_pred))
        models = {
            "precision_recall_swapped": [recall, precision, f1],
            "f1_arithmetic_mean": [precision, recall, (precision + recall) / 2],
            "accuracy_on_imbalanced": [precision, accuracy, 2 * precision * accuracy / (precision + accuracy)],
        }
        expect.close(got, expected, "precision_recall_f1(y_true, y_pred)", given, rtol=RATIO_RTOL, pitfalls=models,
                     eps=numbers.epsilon(t.last.value))


@checks("precision_recall_f1.undefined")
def precision_recall_f1_undefined(t):
    n = 13
    positives = (t.rng.random(n) < 0.5).astype(int)
    positives[:2] = [1, 0]
    ordinary = _labels(t.rng, n, 0.5)
    # Where a ratio is 0/0 every ratio is 0, so an answer that always returns zeros would
    # pass those three alone: the ordinary case makes the check about guards, not constants.
    cases = (
        ("nothing is predicted positive", positives, np.zeros(n, int)),
        ("there are no positives and none are predicted", np.zeros(n, int), np.zeros(n, int)),
        ("there are no positives but some are predicted", np.zeros(n, int), positives),
        ("ordinary labels, no ratio is 0/0", *ordinary),
    )
    for situation, y_true, y_pred in cases:
        given = f"y_true = {fmt.array(y_true, 13)}, y_pred = {fmt.array(y_pred, 13)}"
        got = np.array(_prf(t, y_true, y_pred, given))
        expect.finite(got, "precision_recall_f1(y_true, y_pred)", f"{given} ({situation})", pitfall="zero_division")
        expect.close(got, _ratios(y_true, y_pred), "precision_recall_f1(y_true, y_pred)",
                     f"{given} ({situation})", rtol=RATIO_RTOL, atol=1e-12, eps=numbers.epsilon(t.last.value))


@checks("train_test_split")
def train_test_split(t):
    n, d = int(t.rng.integers(30, 50)), 3
    X = np.column_stack([np.arange(n, dtype=float), t.rng.normal(size=(n, d - 1))])  # column 0: the row id
    y = 1000.0 + np.arange(n)  # y tells which row it belongs to
    expect.defaults_hold(t, "train_test_split", X, y)
    for fraction in (0.25, 0.4):
        seed = int(t.rng.integers(0, 10_000))
        kwargs = {"seed": seed} if fraction == 0.25 else {"test_fraction": fraction, "seed": seed}
        what = _split_call(kwargs)
        parts = _split(t, X, y, kwargs, what, d)
        X_train, X_test, y_train, y_test = parts
        _expect_test_size(X_test, n, fraction, what)
        for name, Xp, yp in (("train", X_train, y_train), ("test", X_test, y_test)):
            if len(Xp) != len(yp) or not np.array_equal(yp, 1000.0 + Xp[:, 0]):
                raise Fail(f"{what}: X_{name} and y_{name} do not line up row by row. Index X and y with the "
                           "same shuffled indices.")
        ids = np.concatenate([X_train[:, 0], X_test[:, 0]])
        if len(ids) != n or not np.array_equal(np.sort(ids), np.arange(n)):
            repeated = len(ids) - len(np.unique(ids))
            raise Fail(f"{what}: the two parts should hold every row exactly once; they hold {len(ids)} rows "
                       f"({repeated} repeated) out of {n}.")
        test_ids = np.sort(X_test[:, 0]).astype(int)
        k = len(test_ids)
        if np.array_equal(test_ids, np.arange(n - k, n)) or np.array_equal(test_ids, np.arange(k)):
            raise Fail(f"{what}: the test part is the {'last' if test_ids[0] else 'first'} {k} rows.",
                       pitfall="split_not_shuffled")
        next_ids = np.sort(_split(t, X, y, dict(kwargs, seed=seed + 1), _split_call(dict(kwargs, seed=seed + 1)),
                                  d)[1][:, 0]).astype(int)
        if _evenly_spaced(test_ids) and _evenly_spaced(next_ids):
            # A shuffle gives evenly spaced rows about once in 10⁴ splits; twice in a row, never.
            step = int(test_ids[1] - test_ids[0])
            rows = "a block of consecutive rows" if step == 1 else f"every {step}th row"
            raise Fail(f"{what}: the test part is {rows} ({test_ids[0]} to {test_ids[-1]}), and so it is for "
                       f"seed={seed + 1}: a window of the data, not a shuffle of its rows.",
                       pitfall="split_not_shuffled")
        again = _split(t, X, y, kwargs, what, d)
        if not all(np.array_equal(a, b) for a, b in zip(parts, again)):
            raise Fail(f"{what} gave a different split when called again with the same seed: "
                       "shuffle with np.random.default_rng(seed).")
        # Other seeds must give other rows; and a split whose size is itself random (a coin per row)
        # lands on the right size now and then, so the size is checked for five more seeds.
        for other in range(seed + 1, seed + 6):
            other_what = _split_call(dict(kwargs, seed=other))
            other_test = _split(t, X, y, dict(kwargs, seed=other), other_what, d)[1]
            if other == seed + 1 and np.array_equal(other_test, X_test):
                raise Fail(f"{what} gave the same test rows for seed={seed} and seed={other}: use the seed argument.",
                           pitfall="seed_ignored")
            _expect_test_size(other_test, n, fraction, other_what)


def _evenly_spaced(ids):
    return len(ids) >= 3 and len(set(np.diff(ids))) == 1


def _split_call(kwargs):
    return "train_test_split(X, y" + "".join(f", {k}={v}" for k, v in kwargs.items()) + ")"


def _expect_test_size(X_test, n, fraction, what):
    if len(X_test) not in {int(np.floor(n * fraction)), int(np.ceil(n * fraction))}:
        raise Fail(f"{what} with n = {n} rows put {len(X_test)} rows in the test part; expected "
                   f"round({n} · {fraction}) = {round(n * fraction)}.")


def _split(t, X, y, kwargs, what, d):
    parts = expect.sequence(t.call("train_test_split", X, y, **kwargs), 4, what,
                            names=("X_train", "X_test", "y_train", "y_test"))
    X_train, X_test = (expect.array(p, f"{what}: {n}") for p, n in zip(parts[:2], ("X_train", "X_test")))
    y_train, y_test = (expect.array(p, f"{what}: {n}") for p, n in zip(parts[2:], ("y_train", "y_test")))
    for name, arr in (("X_train", X_train), ("X_test", X_test)):
        if arr.ndim != 2 or arr.shape[1] != d:
            raise Fail(f"{what}: {name} has shape {fmt.shape(arr.shape)}; expected (rows, {d}), rows of X.")
    for name, arr in (("y_train", y_train), ("y_test", y_test)):
        if arr.ndim != 1:
            raise Fail(f"{what}: {name} has shape {fmt.shape(arr.shape)}; expected one label per row.")
    return X_train, X_test, y_train, y_test


KEYS = ("accuracy", "precision", "recall", "f1", "tp", "tn", "fp", "fn")


def _metrics(value, what):
    report = expect.mapping(value, KEYS, what)
    return {k: expect.number(report[k], f"{what}[{k!r}]") for k in KEYS}


@checks("evaluate")
def evaluate(t):
    ordinary = _labels(t.rng, 53, 0.3)
    positives = (t.rng.random(13) < 0.5).astype(int)
    positives[:2] = [1, 0]
    cases = ((*ordinary, "53 labels"), (positives, np.zeros(13, int), "nothing predicted positive: 0/0 precision"))
    for y_true, y_pred, situation in cases:
        tp, tn, fp, fn = _counts(y_true, y_pred)
        precision, recall, f1 = _ratios(y_true, y_pred)
        expected = dict(accuracy=(tp + tn) / len(y_true), precision=precision, recall=recall, f1=f1,
                        tp=tp, tn=tn, fp=fp, fn=fn)
        raw = t.call("evaluate", y_true, y_pred, pitfall_on=ZERO_DIVISION)
        got = _metrics(raw, "evaluate(y_true, y_pred)")
        given = f"y_true = {fmt.array(y_true, 8)}, y_pred = {fmt.array(y_pred, 8)} ({situation})"
        for key in KEYS:
            expect.finite(np.asarray(got[key]), f"evaluate(y_true, y_pred)[{key!r}]", given, pitfall="zero_division")
            expect.close(got[key], expected[key], f"evaluate(y_true, y_pred)[{key!r}]", given, rtol=RATIO_RTOL,
                         eps=numbers.epsilon(raw))


@checks("fraud_demo")
def fraud_demo(t):
    seed = int(t.rng.integers(0, 10_000))
    for kwargs in ({}, {"n": 4000, "fraud_rate": 0.4, "seed": seed}):
        n, rate = kwargs.get("n", 10_000), kwargs.get("fraud_rate", 0.01)
        what = "fraud_demo(" + ", ".join(f"{k}={v}" for k, v in kwargs.items()) + ")"
        got = _metrics(t.call("fraud_demo", **kwargs), what)
        if got["recall"] > 0.5 and got["accuracy"] < 0.5:
            raise Fail(f"{what} reports recall {fmt.number(got['recall'])} and accuracy "
                       f"{fmt.number(got['accuracy'])}.", pitfall="fraud_predicts_fraud")
        if abs(got["recall"] - got["accuracy"]) < 1e-9 and got["recall"] > 0:
            raise Fail(f"{what} reports recall = accuracy = {fmt.number(got['recall'])}.",
                       pitfall="accuracy_on_imbalanced")
        if got["tp"] == 0 and got["fn"] == 0 and got["fp"] > 0:
            raise Fail(f"{what} reports tp = 0, fn = 0 and fp = {fmt.number(got['fp'])}: a model that predicts 0 "
                       "everywhere makes no false positives. These are the counts of evaluate(y_pred, y_true), "
                       "with the predictions where the labels belong: call evaluate(y_true, y_pred).")
        if got["tp"] + got["tn"] + got["fp"] + got["fn"] != n:
            raise Fail(f"{what}: tp + tn + fp + fn = {fmt.number(got['tp'] + got['tn'] + got['fp'] + got['fn'])}; "
                       f"expected n = {n} transactions.")
        for key in ("tp", "fp", "recall", "precision", "f1"):
            if got[key] != 0:
                raise Fail(f"{what}: {key} = {fmt.number(got[key])}. A model that predicts 'clean' (0) every "
                           f"time finds no fraud, so {key} is 0.")
        margin = 5 * np.sqrt(rate * (1 - rate) / n)  # five standard errors of the drawn fraud share
        if abs(got["accuracy"] - (1 - rate)) > margin:
            raise Fail(f"{what}: accuracy = {fmt.number(got['accuracy'])}; with a fraud rate of {rate:g}, "
                       f"predicting 'clean' everywhere should be right about {1 - rate:g} of the time. "
                       "Draw each label as 1 with probability fraud_rate.")
        if not np.isclose(got["accuracy"], got["tn"] / n, rtol=RATIO_RTOL, atol=0):
            shown, expected = fmt.pair(got["accuracy"], got["tn"] / n)
            raise Fail(f"{what}: accuracy {shown} does not equal tn / n = {expected}.")
    _seeded_like_a_generator(t, seed)
    expect.defaults_hold(t, "fraud_demo")


def _seeded_like_a_generator(t, seed, n=4000, rate=0.4, others=5):
    """The same seed gives the same labels, and other seeds other labels.

    Two seeds draw the same number of frauds now and then (about 1 time in 60 here), so
    the seed is held to matter when none of five other seeds repeats the first draw.
    """
    def draw(s):
        return _metrics(t.call("fraud_demo", n=n, fraud_rate=rate, seed=s), f"fraud_demo(n={n}, fraud_rate={rate}, seed={s})")

    first = draw(seed)
    if draw(seed) != first:
        raise Fail(f"fraud_demo(n={n}, fraud_rate={rate}, seed={seed}) gave different results when called twice: "
                   "draw the labels with np.random.default_rng(seed).")
    seeds = [seed + k for k in range(1, others + 1)]
    if all(draw(s) == first for s in seeds):
        text = (f"fraud_demo(n={n}, fraud_rate={rate}) gave the same result for seed={seed} and for seeds "
                f"{seeds[0]} to {seeds[-1]} (tn = {fmt.number(first['tn'])} each time). ")
        if not t.source_reads("fraud_demo", "seed"):
            raise Fail(text + "Your fraud_demo never uses its seed argument: make the generator with "
                       "np.random.default_rng(seed).", pitfall="seed_ignored")
        raise Fail(text + "Labels drawn as 1 with probability fraud_rate give a number of frauds that varies "
                   "from seed to seed; an exact number of frauds makes the seed change nothing that is "
                   "measured. Draw each label: (rng.random(n) < fraud_rate).astype(int).")
