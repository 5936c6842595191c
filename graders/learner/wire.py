"""Framing and the value codec shared by the grading process and the learner process.

A frame is a JSON header plus binary blobs (``.npy`` arrays). Values are encoded as
tagged JSON; nothing is ever pickled, and decoding validates every field, because
the learner process is not trusted.
"""
import io
import json
import math
import re
import struct

import numpy as np

MAX_HEADER = 32 * 1024 * 1024
MAX_BLOB = 64 * 1024 * 1024
MAX_BLOBS_TOTAL = 256 * 1024 * 1024
MAX_ITEMS = 200_000  # elements of one list, tuple or dict
MAX_TOTAL_ITEMS = 500_000  # values in one message, all containers together
MAX_DEPTH = 40  # nesting of containers
MAX_STR = 20_000
MAX_INT_DIGITS = 1000
NUMERIC_KINDS = "biufc"  # bool, int, uint, float, complex


class ProtocolError(Exception):
    """The other side sent something that is not a well-formed message."""


# ---------------------------------------------------------------- framing

def send(wfile, header, blobs=()):
    head = json.dumps(header, separators=(",", ":"), allow_nan=False).encode()
    parts = [struct.pack("!II", len(head), len(blobs)), head]
    for blob in blobs:
        parts.append(struct.pack("!Q", len(blob)))
        parts.append(blob)
    wfile.write(b"".join(parts))
    wfile.flush()


def _read_exact(rfile, n):
    data = rfile.read(n)
    if data is None or len(data) != n:
        raise EOFError("connection closed")
    return data


def receive(rfile):
    """Read one frame: (header, blobs). Raises EOFError when the other side is gone."""
    head_len, n_blobs = struct.unpack("!II", _read_exact(rfile, 8))
    if head_len > MAX_HEADER or n_blobs > MAX_ITEMS:
        raise ProtocolError("frame too large")
    try:
        header = json.loads(_read_exact(rfile, head_len))
    except (ValueError, RecursionError) as exc:
        raise ProtocolError(f"unreadable header: {exc}") from None
    blobs, total = [], 0
    for _ in range(n_blobs):
        (size,) = struct.unpack("!Q", _read_exact(rfile, 8))
        total += size
        if size > MAX_BLOB or total > MAX_BLOBS_TOTAL:
            raise ProtocolError("output too large")
        blobs.append(_read_exact(rfile, size))
    return header, blobs


# ---------------------------------------------------------------- values


class Unsupported:
    """A value that cannot cross the boundary (an unknown type, an object array...)."""

    def __init__(self, type_name, detail=""):
        self.type_name = type_name
        self.detail = detail

    def __repr__(self):
        return f"<{self.type_name}{': ' + self.detail if self.detail else ''}>"


def _float_text(x):
    return repr(float(x))


class Encoder:
    """Turns Python values into (jsonable, blobs). Used on both sides of the pipe.

    ``extensions`` maps a predicate to a function returning ("tag", plain_value), so
    the learner side can add sympy expressions and matplotlib figures.
    """

    def __init__(self, extensions=()):
        self.blobs = []
        self.extensions = list(extensions)

    def encode(self, value, depth=0):
        if depth > MAX_DEPTH:
            return {"t": "unsupported", "type": "nesting", "detail": "nested too deeply"}
        if value is None:
            return {"t": "none"}
        if isinstance(value, Unsupported):
            return {"t": "unsupported", "type": str(value.type_name)[:200], "detail": str(value.detail)[:200]}
        if isinstance(value, bool):
            return {"t": "bool", "v": bool(value)}
        for applies, convert in self.extensions:
            if applies(value):
                tag, plain = convert(value)
                if tag is None:  # a stand-in value, encoded in its place
                    return self.encode(plain, depth + 1)
                return {"t": tag, "v": self.encode(plain, depth + 1)}
        if isinstance(value, str):  # before numpy: np.str_ is a str as well as a numpy scalar
            return {"t": "str", "v": str.__str__(value)[:MAX_STR]}
        if isinstance(value, (np.ndarray, np.generic)):
            return self._array(value)
        if isinstance(value, int):
            try:
                text = int.__repr__(value)
            except ValueError:
                text = None
            if text is None or len(text.lstrip("-")) > MAX_INT_DIGITS:
                return {"t": "unsupported", "type": "int", "detail": f"an integer with more than {MAX_INT_DIGITS} digits"}
            return {"t": "int", "v": text}
        if isinstance(value, float):
            # struct reads the C double itself, whatever a float subclass overrides
            return {"t": "float", "v": _float_text(struct.unpack("d", struct.pack("d", value))[0])}
        if isinstance(value, complex):
            return {"t": "complex", "re": _float_text(complex.__getattribute__(value, "real")),
                    "im": _float_text(complex.__getattribute__(value, "imag"))}
        if isinstance(value, str):
            return {"t": "str", "v": str.__str__(value)[:MAX_STR]}
        if isinstance(value, (tuple, list)):
            kind = "tuple" if isinstance(value, tuple) else "list"
            items = list(value)
            if len(items) > MAX_ITEMS:
                return {"t": "unsupported", "type": kind, "detail": f"more than {MAX_ITEMS} items"}
            return {"t": kind, "v": [self.encode(item, depth + 1) for item in items]}
        if isinstance(value, dict):
            items = list(dict.items(value))
            if len(items) > MAX_ITEMS:
                return {"t": "unsupported", "type": "dict", "detail": f"more than {MAX_ITEMS} items"}
            return {"t": "dict", "v": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in items]}
        return {"t": "unsupported", "type": _type_name(value), "detail": ""}

    def _array(self, value):
        scalar = isinstance(value, np.generic)
        arr = np.asarray(value)  # an ndarray subclass becomes a plain ndarray
        if arr.dtype.kind not in NUMERIC_KINDS:
            return {"t": "unsupported", "type": "ndarray", "detail": f"dtype={arr.dtype}"}
        if arr.nbytes > MAX_BLOB - 4096:
            return {"t": "unsupported", "type": "ndarray", "detail": f"{arr.nbytes // 2**20} MiB is too large"}
        buf = io.BytesIO()
        np.save(buf, arr, allow_pickle=False)  # (ascontiguousarray would turn 0-d into 1-d)
        self.blobs.append(buf.getvalue())
        return {"t": "array", "b": len(self.blobs) - 1, "scalar": scalar}


def _type_name(value):
    cls = type(value)
    module = getattr(cls, "__module__", "") or ""
    name = getattr(cls, "__qualname__", "?")
    return name if module in ("builtins", "") else f"{module}.{name}"


def encode(value, extensions=()):
    enc = Encoder(extensions)
    return enc.encode(value), enc.blobs


class Decoder:
    """Turns (jsonable, blobs) back into values, validating everything.

    ``extensions`` maps a tag to a function that receives the decoded plain value.
    """

    def __init__(self, blobs, extensions=None):
        self.blobs = blobs
        self.extensions = extensions or {}
        self.count = 0

    def decode(self, node, depth=0):
        if depth > MAX_DEPTH + 2 or not isinstance(node, dict):
            raise ProtocolError("malformed value")
        self.count += 1
        if self.count > MAX_TOTAL_ITEMS:
            raise ProtocolError(f"more than {MAX_TOTAL_ITEMS:,} values in one result")
        tag = node.get("t")
        if tag == "none":
            return None
        if tag == "bool":
            return _expect(node.get("v"), bool)
        if tag == "int":
            text = _expect(node.get("v"), str)
            if len(text.lstrip("-")) > MAX_INT_DIGITS or not text.lstrip("-").isdigit():
                raise ProtocolError("malformed int")
            return int(text)
        if tag == "float":
            return _parse_float(node.get("v"))
        if tag == "complex":
            return complex(_parse_float(node.get("re")), _parse_float(node.get("im")))
        if tag == "str":
            return _expect(node.get("v"), str)[:MAX_STR]
        if tag == "array":
            return self._array(node)
        if tag in ("tuple", "list"):
            items = _expect(node.get("v"), list)
            if len(items) > MAX_ITEMS:
                raise ProtocolError("too many items")
            values = [self.decode(item, depth + 1) for item in items]
            return tuple(values) if tag == "tuple" else values
        if tag == "dict":
            pairs = _expect(node.get("v"), list)
            if len(pairs) > MAX_ITEMS:
                raise ProtocolError("too many items")
            out = {}
            for pair in pairs:
                if not isinstance(pair, list) or len(pair) != 2:
                    raise ProtocolError("malformed dict")
                key = self.decode(pair[0], depth + 1)
                if isinstance(key, np.generic) and key.dtype.kind in "biuf":
                    key = key.item()  # np.int64(100) as a key means 100
                if not isinstance(key, (str, int, float, bool, type(None))):
                    raise ProtocolError("unhashable dict key")
                out[key] = self.decode(pair[1], depth + 1)
            return out
        if tag == "unsupported":
            return Unsupported(str(node.get("type", "?"))[:200], str(node.get("detail", ""))[:200])
        if tag in self.extensions:
            return self.extensions[tag](self.decode(node.get("v"), depth + 1))
        raise ProtocolError(f"unknown tag {str(tag)[:40]!r}")

    def _array(self, node):
        index = node.get("b")
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(self.blobs):
            raise ProtocolError("bad array reference")
        arr = read_npy(self.blobs[index])
        if node.get("scalar") is True and arr.shape == ():
            return arr[()]
        return arr


NPY_MAGIC = b"\x93NUMPY"
NPY_HEADER = re.compile(r"\{'descr': '([<>|=]?[biufc]\d{1,2})', 'fortran_order': (True|False), "
                        r"'shape': \(((?:\d+, ?)*\d*)\), \} *\n")


def read_npy(blob):
    """A numeric array from .npy bytes; anything else (objects, pickles, odd headers) is refused.

    A strict reading of the format np.save writes: numpy's own reader parses the header
    with ast.literal_eval, which costs more than the array for the small ones sent here.
    """
    if blob[:6] != NPY_MAGIC or len(blob) < 10:
        raise ProtocolError("not an .npy array")
    major = blob[6]
    if major == 1:
        (length,), start = struct.unpack("<H", blob[8:10]), 10
    elif major in (2, 3):
        (length,), start = struct.unpack("<I", blob[8:12]), 12
    else:
        raise ProtocolError("unknown .npy version")
    header = blob[start:start + length].decode("latin1")
    match = NPY_HEADER.fullmatch(header)
    if match is None:
        raise ProtocolError("array of a non-numeric or unknown dtype")
    try:  # a forged header (dtype f99, a shape whose product overflows) is a protocol error
        dtype = np.dtype(match.group(1))
        shape = tuple(int(v) for v in match.group(3).replace(" ", "").split(",") if v)
        count = math.prod(shape) if shape else 1
        data = blob[start + length:]
        if count > MAX_TOTAL_ITEMS * 100 or len(data) != count * dtype.itemsize:
            raise ProtocolError("array data of the wrong size")
        order = "F" if match.group(2) == "True" else "C"
        return np.frombuffer(data, dtype=dtype, count=count).reshape(shape, order=order).copy()
    except (TypeError, ValueError, OverflowError, MemoryError) as exc:
        raise ProtocolError(f"an unreadable array ({type(exc).__name__})") from None


def _expect(value, kind):
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProtocolError(f"expected {kind.__name__}")
    return value


def _parse_float(text):
    text = _expect(text, str)
    if len(text) > 40:
        raise ProtocolError("malformed float")
    try:
        value = float(text)
    except ValueError:
        raise ProtocolError("malformed float") from None
    if math.isnan(value) and text not in ("nan",):
        raise ProtocolError("malformed float")
    return value


def decode(node, blobs, extensions=None):
    return Decoder(blobs, extensions).decode(node)
