"""Short, readable renderings of numbers, arrays and returned values for messages."""
import numpy as np

from graders.learner.exprtree import Expression
from graders.learner.figdata import FigureData
from graders.learner.wire import Unsupported


def number(x, digits=4):
    """A number with ``digits`` significant digits; integers stay integers."""
    if isinstance(x, (bool, np.bool_)):
        return str(bool(x))
    if isinstance(x, (int, np.integer)):
        return str(int(x))
    x = float(x)
    if np.isnan(x):
        return "nan"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == int(x) and abs(x) < 1e15:
        return f"{x:.1f}"
    return f"{x:.{digits}g}"


def distinct(got, expected):
    """``got`` with enough digits to see that it is not ``expected`` (7.0000001, not 7.0)."""
    for digits in range(4, 18):
        text = number(got, digits)
        if float(text) != float(expected) or float(got) == float(expected):
            return text
    return repr(float(got))


def pair(got, expected, digits=6):
    """``got`` and ``expected`` with as many digits as it takes for them to look different
    (0.6666667 against 0.6666667 would hide the mistake; 0.66666663 and 0.66666667 do not)."""
    try:
        g, e = float(got), float(expected)
    except (TypeError, ValueError):
        return number(got, digits), number(expected, digits)
    for d in range(digits, 18):
        a, b = number(g, d), number(e, d)
        if a != b or g == e:
            return a, b
    return repr(g), repr(e)


def array(a, max_items=6, digits=4):
    """``[0.3718, -0.2315, …]`` for 1-D data; the shape is named for higher ranks."""
    a = np.asarray(a)
    if a.ndim == 0:
        return number(a[()], digits)
    flat = a.ravel()
    items = [number(v, digits) for v in flat[:max_items]]
    if flat.size > max_items:
        items.append("…")
    body = "[" + ", ".join(items) + "]"
    return body if a.ndim == 1 else f"{body} (shape {shape(a.shape)}, shown flattened)"


def shape(s):
    s = tuple(int(v) for v in s)
    return "(" + ", ".join(map(str, s)) + ("," if len(s) == 1 else "") + ")"


def value(v, max_items=6):
    """A value as a learner would write it, briefly (sympy symbols by name)."""
    if type(v).__module__.startswith("sympy"):
        text = str(v)
        return text if len(text) <= 40 else text[:37] + "..."
    if isinstance(v, (np.ndarray, np.generic, int, float, bool)) and not isinstance(v, Unsupported):
        return array(v, max_items)
    if isinstance(v, (list, tuple)) and len(v) <= max_items and all(
            isinstance(i, (int, float, np.generic)) for i in v):
        return ("(" if isinstance(v, tuple) else "[") + ", ".join(number(i) for i in v) + (
            ",)" if isinstance(v, tuple) and len(v) == 1 else ")" if isinstance(v, tuple) else "]")
    return kind(v)


def kind(v):
    """What sort of thing a value is, with an article: 'None', 'a tuple of 2 items'."""
    if v is None:
        return "None"
    if isinstance(v, bool):
        return f"the bool {v}"
    if isinstance(v, (np.bool_,)):
        return f"the numpy bool {bool(v)}"
    if isinstance(v, str):
        text = v if len(v) <= 40 else v[:37] + "..."
        return f"the string {text!r}"
    if isinstance(v, np.ndarray):
        return f"an array of shape {shape(v.shape)} (dtype {v.dtype})"
    if isinstance(v, np.generic):
        return f"a numpy {type(v).__name__}"
    if isinstance(v, int):
        return "an int"
    if isinstance(v, float):
        return "a float"
    if isinstance(v, complex):
        return "a complex number"
    if isinstance(v, tuple):
        return f"a tuple of {len(v)} item{'s' if len(v) != 1 else ''}"
    if isinstance(v, list):
        return f"a list of {len(v)} item{'s' if len(v) != 1 else ''}"
    if isinstance(v, dict):
        return f"a dict with keys {sorted(map(str, v))[:8]}"
    if isinstance(v, Expression):
        return "a sympy expression"
    if isinstance(v, FigureData):
        return "a matplotlib Figure"
    if isinstance(v, Unsupported):
        detail = f" ({v.detail})" if v.detail else ""
        return f"an object of type {v.type_name}{detail}"
    return f"a {type(v).__name__}"


def inputs(given, max_items=6):
    """``z = [0.5, -1.2], y = [1, 0]`` from a dict of argument names to values."""
    return ", ".join(f"{name} = {value(v, max_items)}" for name, v in given.items())
