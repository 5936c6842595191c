"""Is a learner's expression the same function as the grader's? Numbers first, sympy after.

Both expressions are evaluated at random points of each symbol's domain with mpmath
at 30 digits, by walking the validated tree (never through sympy's own evaluation,
so a hostile expression cannot make it hang: every operation is bounded). When too
few points are defined to decide, ``simplify`` of the difference is tried under a
time limit. Only real values count: a complex value means "undefined there".
"""
import math
import signal
import threading
from dataclasses import dataclass

import mpmath
import numpy as np

from graders.learner import exprtree

DIGITS = 25  # ample against rounding in any form of the answer, cheaper than 30
LOG_LIMIT = 100_000  # no intermediate value beyond e^100000: keeps every operation cheap
LIMIT = mpmath.exp(LOG_LIMIT)


class Undefined(Exception):
    """The expression has no finite real value at this point."""


class TooLarge(Undefined):
    """A value beyond what the evaluator computes: the point proves nothing either way."""


def _real(v):
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > mpmath.mpf(10) ** (-DIGITS + 5) * max(1, abs(v.real)):
            raise Undefined("complex")
        v = v.real
    if not mpmath.isfinite(v):
        raise Undefined("not finite")
    if abs(v) > LIMIT:
        raise TooLarge("too large")
    return v


def _pow(base, exponent):
    if base == 0:
        if exponent > 0:
            return mpmath.mpf(0)
        raise Undefined("division by zero")
    if abs(exponent) * abs(mpmath.log(abs(base))) > LOG_LIMIT:
        raise TooLarge("too large")
    if base < 0 and exponent != int(exponent):
        raise Undefined("complex")
    return base ** exponent


def _exp(a):
    if a > LOG_LIMIT:
        raise TooLarge("too large")
    return mpmath.exp(a)


def _log(a):
    if a <= 0:
        raise Undefined("log of a non-positive number")
    return mpmath.log(a)


def _checked(fn, lo=None, hi=None, open_lo=False):
    def wrapped(a):
        if lo is not None and (a < lo or (open_lo and a == lo)):
            raise Undefined("outside the domain")
        if hi is not None and a > hi:
            raise Undefined("outside the domain")
        return fn(a)
    return wrapped


def _bounded(fn, limit=LOG_LIMIT):
    def wrapped(a):
        if abs(a) > limit:
            raise TooLarge("too large")
        return fn(a)
    return wrapped


def _sign(a):
    return mpmath.mpf((a > 0) - (a < 0))


UNARY = {
    "exp": _exp, "log": _log,
    # Trigonometry of a huge argument needs that many digits of pi: bound it.
    "sin": _bounded(mpmath.sin, 1e6), "cos": _bounded(mpmath.cos, 1e6), "tan": _bounded(mpmath.tan, 1e6),
    "cot": _bounded(mpmath.cot, 1e6), "sec": _bounded(mpmath.sec, 1e6), "csc": _bounded(mpmath.csc, 1e6),
    "asin": _checked(mpmath.asin, -1, 1), "acos": _checked(mpmath.acos, -1, 1), "atan": mpmath.atan,
    "sinh": _bounded(mpmath.sinh), "cosh": _bounded(mpmath.cosh),
    "tanh": mpmath.tanh, "coth": mpmath.coth, "sech": mpmath.sech, "csch": mpmath.csch,
    "asinh": mpmath.asinh, "acosh": _checked(mpmath.acosh, 1), "atanh": _checked(mpmath.atanh, -1, 1),
    "Abs": abs, "sign": _sign, "floor": mpmath.floor, "ceiling": mpmath.ceil,
}
CONSTANTS = {"pi": mpmath.pi, "E": mpmath.e}
COMPARE = {"Lt": lambda a, b: a < b, "Le": lambda a, b: a <= b, "Gt": lambda a, b: a > b,
           "Ge": lambda a, b: a >= b, "Eq": lambda a, b: a == b, "Ne": lambda a, b: a != b}


def evaluate(tree, point):
    """The value of a validated tree at ``point`` (name → number). Raises Undefined."""
    with mpmath.workdps(DIGITS):
        return _eval(tree, {k: mpmath.mpf(v) for k, v in point.items()})


def _eval(node, env):
    head, args = node[0], node[1:]
    try:
        if head == "Symbol":
            if args[0] not in env:
                raise Undefined(f"unknown symbol {args[0]}")
            return env[args[0]]
        if head == "Integer":
            return mpmath.mpf(int(args[0]))
        if head == "Rational":
            return mpmath.mpf(int(args[0])) / int(args[1])
        if head == "Float":
            return _real(mpmath.mpf(float(args[0])))
        if head in CONSTANTS:
            return +CONSTANTS[head]
        if head == "Add":
            return _real(mpmath.fsum(_eval(a, env) for a in args))
        if head == "Mul":
            result = mpmath.mpf(1)
            for a in args:
                result = _real(result * _eval(a, env))
            return result
        if head == "Pow":
            return _real(_pow(_eval(args[0], env), _eval(args[1], env)))
        if head in UNARY:
            return _real(UNARY[head](_eval(args[0], env)))
        if head in ("Max", "Min"):
            values = [_eval(a, env) for a in args]
            return max(values) if head == "Max" else min(values)
        if head == "atan2":
            return _real(mpmath.atan2(_eval(args[0], env), _eval(args[1], env)))
        if head == "Heaviside":
            v = _eval(args[0], env)
            if v == 0:
                return _eval(args[1], env) if len(args) > 1 else mpmath.mpf(0.5)
            return mpmath.mpf(1 if v > 0 else 0)
        if head == "Piecewise":
            for pair in args:
                if _truth(pair[2], env):
                    return _eval(pair[1], env)
            raise Undefined("no piece applies")
    except (ZeroDivisionError, ValueError, OverflowError) as exc:
        raise Undefined(type(exc).__name__) from None
    raise Undefined(f"cannot evaluate {head}")


def _truth(node, env):
    head, args = node[0], node[1:]
    if head == "true":
        return True
    if head == "false":
        return False
    if head in COMPARE:
        return COMPARE[head](_eval(args[0], env), _eval(args[1], env))
    if head == "And":
        return all(_truth(a, env) for a in args)
    if head == "Or":
        return any(_truth(a, env) for a in args)
    if head == "Not":
        return not _truth(args[0], env)
    raise Undefined(f"cannot evaluate the condition {head}")


def evaluate_grid(tree, **arrays):
    """The tree's value at every point of equally shaped float arrays (name → array)."""
    names = list(arrays)
    shape = np.shape(arrays[names[0]])
    flat = [np.asarray(arrays[n], dtype=float).ravel() for n in names]
    values = [float(evaluate(tree, dict(zip(names, point)))) for point in zip(*flat)]
    return np.array(values).reshape(shape)


# ---------------------------------------------------------------- comparing


@dataclass
class Verdict:
    equal: bool
    point: dict | None = None  # where they differ
    got: object = None  # the learner's value there (a number, or a reason it is undefined)
    expected: object = None
    checked: int = 0  # points where both were compared
    too_large: int = 0  # points where the learner's expression grew beyond the evaluator


@dataclass(frozen=True)
class Uniform:
    """Real values between lo and hi; when 0 lies inside, half of them on each side of it."""

    lo: float
    hi: float

    def draw(self, rng, count):
        if self.lo < 0 < self.hi:  # an answer right for x > 0 only must meet negative x too
            values = np.concatenate([rng.uniform(self.lo, 0, count // 2), rng.uniform(0, self.hi, count - count // 2)])
            return rng.permutation(values)
        return rng.uniform(self.lo, self.hi, count)


@dataclass(frozen=True)
class OneOf:
    """A few values (labels 0 and 1, say), each of them used."""

    values: tuple

    def draw(self, rng, count):
        return rng.permutation(np.resize(np.asarray(self.values, dtype=float), count))


def sample_points(domain, rng, count):
    """``count`` points, each symbol drawn by its domain (Uniform, OneOf)."""
    columns = {name: sampler.draw(rng, count) for name, sampler in domain.items()}
    return [{name: float(column[i]) for name, column in columns.items()} for i in range(count)]


def compare(tree, reference_tree, points, rtol=1e-9, atol=1e-12):
    """Compare two validated trees at the given points. Returns a Verdict."""
    checked = too_large = 0
    for point in points:
        try:
            expected = evaluate(reference_tree, point)
        except Undefined:
            continue  # outside the reference's domain: nothing to compare
        try:
            got = evaluate(tree, point)
        except TooLarge:
            # Beyond the evaluator. A form of the right answer does not do that at a point where
            # the answer is an ordinary number, unless by a freak of that point: try one nearby.
            if _too_large_nearby(tree, point):
                return Verdict(False, point, f"too large to compute (beyond e^{LOG_LIMIT})", expected, checked)
            too_large += 1
            continue
        except Undefined as exc:
            return Verdict(False, point, f"undefined ({exc})", expected, checked)
        if abs(got - expected) > atol + rtol * abs(expected):
            return Verdict(False, point, got, expected, checked)
        checked += 1
    return Verdict(True, None, None, None, checked, too_large)


def _too_large_nearby(tree, point):
    nearby = {name: value * (1 + 1e-3) + 1e-3 for name, value in point.items()}
    try:
        evaluate(tree, nearby)
    except TooLarge:
        return True
    except Undefined:
        return False
    return False


def same_function(tree_a, tree_b, points, rtol=1e-7, atol=1e-10):
    """True if two trees agree wherever both are defined, at enough of the points."""
    agree = 0
    for point in points:
        try:
            a, b = evaluate(tree_a, point), evaluate(tree_b, point)
        except Undefined:
            continue
        if abs(a - b) > atol + rtol * abs(b):
            return False
        agree += 1
    return agree >= max(3, len(points) // 3)


def ratio_if_constant(tree, reference_tree, points):
    """c if learner = c · reference at every usable point (c ≠ 1), else None."""
    ratios = []
    for point in points:
        try:
            a, b = evaluate(tree, point), evaluate(reference_tree, point)
        except Undefined:
            continue
        if abs(b) < 1e-6:
            continue
        ratios.append(a / b)
    if len(ratios) < 4:
        return None
    first = ratios[0]
    if all(abs(r - first) <= 1e-9 * max(1, abs(first)) for r in ratios) and abs(first - 1) > 1e-9:
        return float(first)
    return None


def simplify_says_equal(learner_sympy, reference_sympy, seconds=2.0):
    """True/False from ``simplify(a − b) == 0`` within ``seconds``; None if undecided.

    A SIGALRM interrupts sympy (pure Python) in the main thread; elsewhere (a worker
    thread) there is no safe way to stop it, so we do not start.
    """
    import sympy

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return None

    class _Expired(Exception):
        pass

    def expire(signum, frame):
        raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        difference = sympy.simplify(learner_sympy.doit() - reference_sympy)
        return bool(difference == 0)
    except _Expired:
        return None
    except Exception:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def tree_of(sympy_expr):
    """The validated tree of one of the grader's own sympy expressions."""
    tree = exprtree.to_tree(sympy_expr)
    exprtree.validate(tree)
    return tree


def finite_float(v):
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None
