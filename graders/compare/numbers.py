"""Numbers and arrays from learner code, compared with tolerances suited to the quantity."""
from dataclasses import dataclass

import numpy as np

from graders.course.failure import Fail
from graders.compare import formatting as fmt


def as_array(v, what, expected="numbers"):
    """Accept arrays, numpy scalars, Python numbers and (nested) lists of them.

    Anything else fails with a sentence that names what came back.
    """
    if isinstance(v, np.ndarray) or isinstance(v, np.generic):
        arr = np.asarray(v)
    elif isinstance(v, (bool, int, float)):
        arr = np.asarray(v)
    elif isinstance(v, (list, tuple)) and _all_numeric(v):
        arr = np.asarray(v)
    elif isinstance(v, (list, tuple)) and _equal_arrays(v):
        arr = np.asarray(v)  # a list of arrays of one shape: its shape tells the learner what it is
    else:
        raise Fail(f"{what} returned {fmt.kind(v)}; expected {expected}.")
    if arr.dtype.kind == "c":
        raise Fail(f"{what} returned complex numbers; expected real {expected}.")
    if arr.dtype.kind not in "biuf":
        raise Fail(f"{what} returned {fmt.kind(v)}; expected {expected}.")
    return arr.astype(float)


def _all_numeric(v, depth=0):
    if depth > 3:
        return False
    for item in v:
        if isinstance(item, (list, tuple)):
            if not _all_numeric(item, depth + 1):
                return False
        elif not isinstance(item, (bool, int, float, np.generic)) or isinstance(item, (np.str_, np.bytes_)):
            return False
        elif isinstance(item, np.ndarray) and item.ndim > 0:
            return False
    return True


def epsilon(value):
    """The rounding unit of the precision a value was computed in: float32 results are right
    to their own precision; everything else is held to float64's. Nothing is widened past
    float32: float16 (a rounding unit of 1e-3) would let a 5% mistake through, so it is held
    to float32's precision too, and fails where that precision matters."""
    found = np.finfo(float).eps
    coarsest = float(np.finfo(np.float32).eps)
    stack, seen = [value], 0
    while stack and seen < 10_000:
        item = stack.pop()
        seen += 1
        if isinstance(item, (np.ndarray, np.floating)) and item.dtype.kind == "f":
            found = max(found, min(coarsest, float(np.finfo(item.dtype).eps)))
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return found


def widened(rtol, atol, eps, scale=1.0):
    """Tolerances no tighter than a result of precision ``eps`` can meet (unchanged for float64)."""
    if eps <= np.finfo(float).eps:
        return rtol, atol
    return max(rtol, 100 * eps), max(atol, 10 * eps * max(1.0, float(scale)))


def _equal_arrays(v, limit=10**6):
    """A non-empty list of numeric arrays that all have the same (small) shape."""
    if not v or not all(isinstance(item, np.ndarray) and item.dtype.kind in "biuf" for item in v):
        return False
    return len({item.shape for item in v}) == 1 and len(v) * v[0].size <= limit


def as_number(v, what):
    """A single real number (a Python number, numpy scalar or size-1 array)."""
    arr = as_array(v, what, expected="a single number")
    if arr.size != 1:
        raise Fail(f"{what} returned an array of shape {fmt.shape(arr.shape)}; expected a single number.")
    return float(arr.reshape(()))


def expect_shape(arr, shape, what, scalar_ok=False):
    """Shape before values: fail when ``arr`` does not have ``shape``.

    With ``scalar_ok``, shape () and (1,) stand for each other.
    """
    shape = tuple(shape)
    if arr.shape == shape:
        return arr
    if scalar_ok and arr.size == 1 and int(np.prod(shape)) == 1:
        return arr.reshape(shape)
    extra = ""
    if arr.size == int(np.prod(shape)) and arr.ndim > len(shape) and all(d == 1 for d in arr.shape[len(shape):]):
        inner = fmt.shape(arr.shape[len(shape):])
        extra = (f": each of its {int(np.prod(shape))} entries is an array of shape {inner} rather than a "
                 "number (float(value) or value.item() turns one into a number)")
    raise Fail(f"{what} has shape {fmt.shape(arr.shape)}; expected {fmt.shape(shape)}{extra}.")


def expect_finite(arr, what, given=""):
    bad = ~np.isfinite(arr)
    if bad.any():
        where = np.argwhere(bad)[0]
        index = tuple(int(i) for i in where)
        kind = "nan" if np.isnan(arr[index]) else "-inf" if arr[index] < 0 else "inf"
        at = f" at index {index[0] if len(index) == 1 else index}" if arr.ndim else ""
        raise Fail(f"{what} gave {kind}{at}{' for ' + given if given else ''} "
                   f"({int(bad.sum())} of {arr.size} values are not finite).")
    return arr


@dataclass
class Mismatch:
    """Where and by how much two arrays of equal shape disagree."""

    count: int
    total: int
    index: tuple
    got: float
    expected: float
    tolerance: str

    def sentence(self):
        at = "" if not self.index else f" at index {self.index[0] if len(self.index) == 1 else self.index}"
        share = "the value differs" if self.total == 1 else f"{self.count} of {self.total} values differ"
        got, expected = fmt.pair(self.got, self.expected)
        return f"{share}; largest difference{at}: got {got}, expected {expected} (tolerance: {self.tolerance})"


def tolerance_text(rtol, atol):
    parts = []
    if rtol:
        parts.append(f"relative {rtol:g}")
    if atol:
        parts.append(f"absolute {atol:g}")
    return " + ".join(parts) or "exact"


def mismatch(got, expected, rtol=0.0, atol=0.0):
    """None if |got − expected| ≤ atol + rtol·|expected| everywhere (nan matches nan)."""
    got = np.asarray(got, dtype=float)
    expected = np.asarray(expected, dtype=float)
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(got - expected)
        ok = diff <= atol + rtol * np.abs(expected)
    ok |= (np.isnan(got) & np.isnan(expected)) | (got == expected)
    if ok.all():
        return None
    score = np.where(ok, -1.0, np.nan_to_num(diff, nan=np.inf, posinf=np.inf))
    index = np.unravel_index(int(np.argmax(score)), got.shape) if got.ndim else ()
    return Mismatch(int((~ok).sum()), int(ok.size), tuple(int(i) for i in index),
                    float(got[index]), float(expected[index]), tolerance_text(rtol, atol))


def close(got, expected, rtol=0.0, atol=0.0):
    got, expected = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
    return got.shape == expected.shape and mismatch(got, expected, rtol, atol) is None
