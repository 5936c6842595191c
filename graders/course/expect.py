"""The vocabulary of check bodies: turn learner values into verdicts with good messages.

Each helper either returns a usable value or raises ``Fail`` with a sentence that
names the quantity, the input, what came back, what was expected and the tolerance,
and, when the answer matches a known wrong model, the pitfall.
"""
import numpy as np

from graders.compare import formatting as fmt
from graders.compare import gradcheck, numbers, symbolic
from graders.course.failure import Fail
from graders.learner.exprtree import CALCULUS, Expression
from graders.learner.figdata import FigureData


# ---------------------------------------------------------------- containers


def sequence(value, length, what, names=None):
    """A tuple or list of ``length`` items (either is fine); returns a list."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "biuf" and value.ndim >= 1 and len(value) == length:
        return list(value)
    if not isinstance(value, (tuple, list)):
        listed = f" ({', '.join(names)})" if names else ""
        raise Fail(f"{what} returned {fmt.kind(value)}; expected a tuple of {length} items{listed}.")
    if len(value) != length:
        listed = f": {', '.join(names)}" if names else ""
        raise Fail(f"{what} returned {len(value)} item{'s' if len(value) != 1 else ''}; expected {length}{listed}.")
    return list(value)


def mapping(value, keys, what):
    """A dict holding at least ``keys``."""
    if not isinstance(value, dict):
        raise Fail(f"{what} returned {fmt.kind(value)}; expected a dict with keys {', '.join(keys)}.")
    missing = [k for k in keys if k not in value]
    if missing:
        raise Fail(f"{what} returned a dict without the key{'s' if len(missing) > 1 else ''} "
                   f"{', '.join(repr(k) for k in missing)}; expected keys {', '.join(repr(k) for k in keys)}.")
    return value


def figure(value, what):
    if not isinstance(value, FigureData):
        extra = ""
        if value is None:
            extra = " Did you call plt.show() instead of returning the figure? End with `return fig`."
        elif isinstance(value, tuple):
            extra = " Return only the Figure (e.g. `return fig`), not (fig, ax)."
        elif "Axes" in fmt.kind(value):
            extra = " Return the Figure that holds the axes: `return ax.figure`."
        raise Fail(f"{what} returned {fmt.kind(value)}; expected a matplotlib Figure.{extra}")
    return value


def same_value(a, b):
    """Are two returned values the same, item by item (arrays compared exactly)?"""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, (np.ndarray, np.generic, int, float)) and isinstance(b, (np.ndarray, np.generic, int, float)):
        return np.shape(a) == np.shape(b) and bool(np.array_equal(a, b, equal_nan=True))
    return type(a) is type(b) and a == b


def defaults_hold(t, function, *args):
    """A parameter left out means its default, and the default call gives the same result twice
    (a default seed of 0 is a seed like any other)."""
    defaults = t.run.week.defaults(t.spec.session, function)
    shown = ", ".join(["…"] * len(args))
    plain = f"{function}({shown})"
    spelled = f"{function}({shown + ', ' if args else ''}{', '.join(f'{k}={v!r}' for k, v in defaults.items())})"
    first, again = t.call(function, *args), t.call(function, *args)
    if not same_value(first, again):
        raise Fail(f"{plain} gave different results when called twice with the same inputs. Its defaults "
                   f"({', '.join(f'{k}={v!r}' for k, v in defaults.items())}) must give one result every time.")
    if not same_value(first, t.call(function, *args, **defaults)):
        raise Fail(f"{plain} and {spelled} gave different results: a parameter left out must mean its default, "
                   "as the signature in the exercise gives it.")


# ---------------------------------------------------------------- numbers


def array(value, what, shape=None, like=None, scalar_ok=False):
    """A float array with the expected shape (the shape of ``like`` if given)."""
    arr = numbers.as_array(value, what, expected="an array" if (shape or like is not None) else "numbers")
    if like is not None:
        shape = np.shape(like)
    if shape is not None:
        numbers.expect_shape(arr, shape, what, scalar_ok=scalar_ok or shape == ())
    return arr


def number(value, what):
    return numbers.as_number(value, what)


def finite(arr, what, given="", pitfall=None):
    try:
        return numbers.expect_finite(np.asarray(arr, float), what, given)
    except Fail as failure:
        raise Fail(failure.message, pitfall=pitfall) from None


def close(got, expected, what, given="", rtol=0.0, atol=0.0, pitfalls=None, model_rtol=1e-6, model_atol=1e-9,
          eps=None):
    """Fail unless ``got`` matches ``expected``; name a pitfall whose model ``got`` matches.

    ``pitfalls`` maps a pitfall id to the value that mistake would produce; ``eps`` is the
    rounding unit the learner computed in (float32 results are held to float32's precision).
    """
    if eps is not None:
        rtol, atol = numbers.widened(rtol, atol, eps, np.abs(np.asarray(expected, float)).max(initial=1.0))
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    numbers.expect_shape(got, expected.shape, what, scalar_ok=True)
    got = got.reshape(expected.shape)
    miss = numbers.mismatch(got, expected, rtol, atol)
    if miss is None:
        return
    pitfall = diagnose(got, pitfalls, model_rtol, model_atol)
    head = f"{what} for {given}" if given else what
    if expected.size == 1:
        shown_got, shown_expected = fmt.pair(got.reshape(())[()], expected.reshape(())[()])
        text = f"{head}: got {shown_got}, expected {shown_expected} (tolerance: {miss.tolerance})."
    else:
        text = f"{head}: got {fmt.array(got, 9)}, expected {fmt.array(expected, 9)}; {miss.sentence()}."
    raise Fail(text, pitfall=pitfall, details={"got": got, "expected": expected})


def diagnose(got, pitfalls, rtol=1e-6, atol=1e-9):
    """The first pitfall whose model value ``got`` matches, or None."""
    for pitfall, model in (pitfalls or {}).items():
        model = np.asarray(model, dtype=float)
        if model.shape == np.shape(got) and numbers.close(got, model, rtol, atol):
            return pitfall
    return None


def no_warnings(outcome, what, given="", pitfall=None, note=""):
    """Fail if the call emitted a warning (e.g. numpy's overflow RuntimeWarning)."""
    if outcome.warnings:
        w = outcome.warnings[0]
        at = f" ({w['file']}, line {w['line']})" if w.get("file") else ""
        head = f"{what} for {given}" if given else what
        raise Fail(f"{head} emitted a warning{at}: {w['category']}: {w['message']}.{note}", pitfall=pitfall)


def gradient(got, numeric, what, given, raw=None, rtol=1e-6, atol=1e-8, pitfalls=None, labels=None, title=None):
    """Fail unless ``got`` matches ``numeric`` (the oracle's central finite differences) entry by entry.

    ``raw``: the value as returned, so float32 work is held to float32's precision;
    ``pitfalls`` maps pitfall ids to what each known mistake gives; ``labels`` name the entries
    (for the message and the report's heat map of yours against the finite differences).
    """
    got, numeric = np.asarray(got, float), np.asarray(numeric, float)
    bad = gradcheck.worst(got, numeric, rtol=rtol, atol=atol, eps=None if raw is None else numbers.epsilon(raw))
    if not bad:
        return
    index, error, count, tolerance = bad
    flat = int(np.ravel_multi_index(index, got.shape)) if index else 0
    name = labels[flat] if labels and flat < len(labels) else (f"index {list(index)}" if index else "the value")
    raise Fail(f"{what} for {given}: got {fmt.array(got)}; finite differences give {fmt.array(numeric)}. At {name} "
               f"yours is {fmt.number(got.reshape(-1)[flat], 6)} and the finite difference "
               f"{fmt.number(numeric.reshape(-1)[flat], 6)}: a relative error of {error:.2g} (tolerance: "
               f"{tolerance}); {count} of {got.size} values are off.", pitfall=diagnose(got, pitfalls or {}),
               details={"heatmap": {"title": title or what, "yours": got, "numeric": numeric,
                                    "labels": list(labels or [str(i) for i in range(got.size)])}})


# ---------------------------------------------------------------- expressions


def expression(value, what, allowed, by_hand=True):
    """The learner's answer as a validated Expression, or a Fail saying why not."""
    if isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool):
        value = Expression(["Float", repr(float(value))])
    if not isinstance(value, Expression):
        raise Fail(f"{what} returned {fmt.kind(value)}; expected a sympy expression built from "
                   f"{' and '.join(allowed)} (for example with sp.exp, sp.log, sp.cos).")
    calculus = [name for name in value.unsupported if name in CALCULUS]
    if calculus and by_hand:
        raise Fail(f"{what} returned an unevaluated {calculus[0]}: sympy was asked to do the calculus. "
                   "Derive the result by hand and write it out with sympy functions.",
                   pitfall="sympy_did_the_calculus")
    # A derivative worked out by hand has no step size in it: a tiny constant (or its huge
    # inverse, 1/(2h)) is the trace of a finite difference, which only approximates the answer.
    step = next((c for c in value.constants if 0 < abs(c) <= 1e-3 or abs(c) >= 1e3), None)
    if step is not None and by_hand:
        raise Fail(f"{what} contains the number {fmt.number(step)}: a derivative worked out by hand has no "
                   "step size in it. If this is a finite difference, (f(x + h) − f(x − h)) / 2h, it only "
                   "approximates the derivative; derive the exact expression with the chain rule instead.",
                   pitfall="finite_difference_answer")
    if value.unsupported:
        raise Fail(f"{what} uses {value.unsupported[0]}, which the grader cannot evaluate. Write the answer "
                   "with +, −, ×, /, powers and sympy's exp, log, sin, cos, tanh, sqrt and similar.")
    extra = sorted(value.symbol_names - set(allowed))
    if extra:
        raise Fail(f"{what} uses the symbol{'s' if len(extra) > 1 else ''} {', '.join(extra)}, but it only "
                   f"receives {', '.join(allowed)}. Build the answer from the arguments you are given.")
    return value


def equivalent(t, value, reference, symbols, domain, what, pitfalls=None, original=None, points=16):
    """Fail unless the learner's expression equals ``reference`` as a function on ``domain``.

    ``pitfalls`` maps pitfall ids to sympy expressions of known mistakes; ``original``
    (the function before differentiation) lets the message spot an answer that was
    never differentiated.
    """
    names = list(symbols)
    expr = expression(value, what, names, by_hand=t.spec.by_hand)
    reference_tree = symbolic.tree_of(reference)
    sample = symbolic.sample_points(domain, t.rng, points)
    verdict = symbolic.compare(expr.tree, reference_tree, sample)
    if verdict.equal and verdict.checked >= min(8, points // 2):
        return
    if verdict.equal and verdict.too_large > verdict.checked:
        raise Fail(f"{what} returned an expression that grows beyond e^{symbolic.LOG_LIMIT} at most test "
                   f"points, so it cannot be the expected answer ({_shown(expr, symbols)}).")
    if verdict.equal:  # too few points were defined: ask sympy, under a time limit
        if symbolic.simplify_says_equal(expr.to_sympy(symbols), reference, seconds=2.0):
            return
        raise Fail(f"{what}: the grader could not confirm that your expression equals the expected one "
                   f"(it is undefined at most test points).")
    shown = _shown(expr, symbols)
    at = ", ".join(f"{k} = {fmt.number(v)}" for k, v in verdict.point.items())
    got = verdict.got if isinstance(verdict.got, str) else fmt.number(float(verdict.got), 6)
    message = (f"{what} returned {shown}, which is not the expected function: at {at} it gives {got}, "
               f"the correct answer gives {fmt.number(float(verdict.expected), 6)}.")
    pitfall = None
    for pid, model in (pitfalls or {}).items():
        if symbolic.same_function(expr.tree, symbolic.tree_of(model), sample):
            pitfall = pid
            break
    if pitfall is None and original is not None and symbolic.same_function(expr.tree, symbolic.tree_of(original), sample):
        pitfall = "not_differentiated"
    if pitfall is None:
        ratio = symbolic.ratio_if_constant(expr.tree, reference_tree, sample)
        if ratio is not None and abs(ratio + 1) < 1e-9:
            message += " It is the right answer with the opposite sign: check each minus sign."
        elif ratio is not None:
            message += (f" It is {fmt.number(ratio)} times the right answer: a constant factor is off "
                        "(a missing or doubled inner derivative, or a power-rule coefficient).")
    raise Fail(message, pitfall=pitfall)


def _shown(expr, symbols):
    try:
        import sympy

        text = sympy.sstr(expr.to_sympy(symbols))
    except Exception:
        return "your expression"
    return f"`{text}`" if len(text) <= 120 else f"`{text[:117]}...`"
