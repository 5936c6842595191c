"""Symbolic answers as a whitelisted tree of plain lists, and back.

The learner process turns a sympy expression into nested lists such as
``["Mul", ["Integer", "2"], ["Symbol", "x"]]``. The grading process validates the
tree against a whitelist (heads, arities, sizes) before building anything from it:
no ``eval``, ``sympify``, ``srepr`` or pickle is involved anywhere.
"""

MAX_NODES = 5000
MAX_DEPTH = 120
MAX_DIGITS = 30  # no hand-derived answer needs a longer integer
MAX_NAME = 40

UNARY = {
    "exp", "log", "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan",
    "sinh", "cosh", "tanh", "coth", "sech", "csch", "asinh", "acosh", "atanh",
    "Abs", "sign", "floor", "ceiling", "Not",
}
VARIADIC = {"Add", "Mul", "Max", "Min", "And", "Or"}
BINARY = {"Pow", "atan2", "Lt", "Le", "Gt", "Ge", "Eq", "Ne"}
CONSTANTS = {"pi", "E", "I", "oo", "-oo", "zoo", "nan", "true", "false"}
RELATIONAL_NAMES = {
    "StrictLessThan": "Lt", "LessThan": "Le", "StrictGreaterThan": "Gt",
    "GreaterThan": "Ge", "Equality": "Eq", "Unequality": "Ne",
}
#: sympy wrappers that keep their argument's value: read through them.
TRANSPARENT = {"UnevaluatedExpr"}
#: sympy classes that mean "sympy did the calculus", named in the learner's message.
CALCULUS = {"Derivative", "Subs", "Integral", "Limit"}


class TreeError(ValueError):
    """The tree is not something the grader accepts; the message is for the learner."""


# ------------------------------------------------------------ sympy → tree (learner side)

def to_tree(expr):
    """Encode a sympy expression. Unknown parts become ["Unsupported", name]."""
    count = [0]

    def walk(e, depth):
        count[0] += 1
        if count[0] > MAX_NODES or depth > MAX_DEPTH:
            raise TreeError("too large")
        if getattr(e, "is_Symbol", False):
            return ["Symbol", str(e.name)[:MAX_NAME]]
        if getattr(e, "is_Integer", False):
            text = str(int(e.p))
            if len(text.lstrip("-")) > MAX_DIGITS:
                return ["Unsupported", f"an integer with {len(text)} digits"]
            return ["Integer", text]
        if getattr(e, "is_Rational", False):
            p, q = str(int(e.p)), str(int(e.q))
            if max(len(p), len(q)) > MAX_DIGITS:
                return ["Unsupported", "a fraction with huge numbers"]
            return ["Rational", p, q]
        if getattr(e, "is_Float", False):
            return ["Float", repr(float(e))]
        name = type(e).__name__
        if name in TRANSPARENT and e.args:
            return walk(e.args[0], depth + 1)  # a wrapper that does not change the value
        if name in ("Poly", "PurePoly") and hasattr(e, "as_expr"):
            return walk(e.as_expr(), depth + 1)
        simple = {"Pi": "pi", "Exp1": "E", "ImaginaryUnit": "I", "Infinity": "oo",
                  "NegativeInfinity": "-oo", "ComplexInfinity": "zoo", "NaN": "nan",
                  "BooleanTrue": "true", "BooleanFalse": "false"}
        if name in simple:
            return [simple[name]]
        if name == "Piecewise":
            return ["Piecewise"] + [["Pair", walk(p.expr, depth + 1), walk(p.cond, depth + 1)] for p in e.args]
        head = RELATIONAL_NAMES.get(name, name)
        if head == "Heaviside":
            return ["Heaviside"] + [walk(a, depth + 1) for a in e.args[:2]]
        if head in UNARY or head in VARIADIC or head in BINARY:
            return [head] + [walk(a, depth + 1) for a in e.args]
        return ["Unsupported", name[:MAX_NAME]]

    try:
        return walk(expr, 0)
    except (TreeError, RecursionError):
        return ["Unsupported", f"an expression with more than {MAX_NODES} parts"]


# ------------------------------------------------------------ validation (grading side)

def validate(tree):
    """Check a received tree; return (node_count, unsupported_names). Raises TreeError."""
    count = 0
    unsupported = []
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise TreeError(f"the expression has more than {MAX_NODES} parts")
        if depth > MAX_DEPTH:
            raise TreeError(f"the expression is nested more than {MAX_DEPTH} levels deep")
        if not isinstance(node, list) or not node or not isinstance(node[0], str):
            raise TreeError("malformed expression")
        head, args = node[0], node[1:]
        if head == "Symbol":
            _check_text(args, 1, MAX_NAME)
        elif head == "Integer":
            _check_text(args, 1, MAX_DIGITS + 1)
            _check_int(args[0])
        elif head == "Rational":
            _check_text(args, 2, MAX_DIGITS + 1)
            _check_int(args[0])
            _check_int(args[1])
            if int(args[1]) == 0:
                raise TreeError("a fraction with denominator 0")
        elif head == "Float":
            _check_text(args, 1, 40)
            try:
                float(args[0])
            except ValueError:
                raise TreeError("malformed number") from None
        elif head == "Unsupported":
            _check_text(args, 1, 200)
            unsupported.append(args[0])
        elif head in CONSTANTS:
            _arity(head, args, 0, 0)
        elif head == "Piecewise":
            for pair in args:
                if not (isinstance(pair, list) and len(pair) == 3 and pair[0] == "Pair"):
                    raise TreeError("malformed Piecewise")
                stack.append((pair[1], depth + 1))
                stack.append((pair[2], depth + 1))
            continue
        elif head in UNARY:
            _arity(head, args, 1, 1)
        elif head in BINARY:
            _arity(head, args, 2, 2)
        elif head == "Heaviside":
            _arity(head, args, 1, 2)
        elif head in VARIADIC:
            _arity(head, args, 1, MAX_NODES)
        else:
            raise TreeError(f"unknown part {head[:40]!r}")
        if head not in ("Symbol", "Integer", "Rational", "Float", "Unsupported"):
            stack.extend((a, depth + 1) for a in args)
    return count, unsupported


def _check_text(args, n, max_len):
    if len(args) != n or not all(isinstance(a, str) and len(a) <= max_len for a in args):
        raise TreeError("malformed expression")


def _check_int(text):
    body = text[1:] if text.startswith("-") else text
    if not body.isdigit():
        raise TreeError("malformed integer")


def _arity(head, args, lo, hi):
    if not lo <= len(args) <= hi:
        raise TreeError(f"malformed {head}")


def symbol_names(tree):
    names, stack = set(), [tree]
    while stack:
        node = stack.pop()
        if node[0] == "Symbol":
            names.add(node[1])
        elif node[0] == "Piecewise":
            for pair in node[1:]:
                stack.extend(pair[1:])
        elif node[0] not in ("Integer", "Rational", "Float", "Unsupported"):
            stack.extend(node[1:])
    return names


def constants(tree):
    """The values of the Float and Rational numbers in a tree (integers left out)."""
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if node[0] == "Float":
            found.append(float(node[1]))
        elif node[0] == "Rational":
            found.append(int(node[1]) / int(node[2]))
        elif node[0] == "Piecewise":
            for pair in node[1:]:
                stack.extend(pair[1:])
        elif node[0] not in ("Symbol", "Integer", "Unsupported"):
            stack.extend(node[1:])
    return found


def heads(tree):
    found, stack = set(), [tree]
    while stack:
        node = stack.pop()
        found.add(node[0])
        if node[0] == "Piecewise":
            for pair in node[1:]:
                stack.extend(pair[1:])
        elif node[0] not in ("Symbol", "Integer", "Rational", "Float", "Unsupported"):
            stack.extend(node[1:])
    return found


# ------------------------------------------------------------ tree → sympy (grading side)

def to_sympy(tree, symbols):
    """Build an unevaluated sympy expression from a validated tree.

    ``symbols`` maps names to the grader's Symbol objects; other names become real
    symbols. Building with evaluate=False means no arithmetic runs here, so even an
    expression such as 10**(10**29) costs nothing.
    """
    import sympy as sp

    def build(node):
        head, args = node[0], node[1:]
        if head == "Symbol":
            return symbols.get(args[0]) or sp.Symbol(args[0], real=True)
        if head == "Integer":
            return sp.Integer(int(args[0]))
        if head == "Rational":
            return sp.Rational(int(args[0]), int(args[1]))
        if head == "Float":
            return sp.Float(float(args[0]))
        if head == "Unsupported":
            return sp.Symbol(f"<{args[0]}>")
        constants = {"pi": sp.pi, "E": sp.E, "I": sp.I, "oo": sp.oo, "-oo": -sp.oo,
                     "zoo": sp.zoo, "nan": sp.nan, "true": sp.true, "false": sp.false}
        if head in constants:
            return constants[head]
        if head == "Piecewise":
            return sp.Piecewise(*[(build(p[1]), build(p[2])) for p in args], evaluate=False)
        built = [build(a) for a in args]
        if head in ("Add", "Mul", "Pow"):
            return getattr(sp, head)(*built, evaluate=False)
        if head in ("Lt", "Le", "Gt", "Ge", "Eq", "Ne"):
            return getattr(sp, head)(*built, evaluate=False)
        if head in ("And", "Or", "Not"):
            return getattr(sp, head)(*built)
        return getattr(sp, head)(*built, evaluate=False)

    return build(tree)


class Expression:
    """A symbolic answer received from the learner process, already validated."""

    def __init__(self, tree):
        if not isinstance(tree, list):
            raise TreeError("malformed expression")
        self.size, self.unsupported = validate(tree)
        self.tree = tree

    @property
    def symbol_names(self):
        return symbol_names(self.tree)

    @property
    def constants(self):
        return constants(self.tree)

    @property
    def heads(self):
        return heads(self.tree)

    def to_sympy(self, symbols):
        return to_sympy(self.tree, symbols)

    def __repr__(self):
        return f"Expression({self.tree!r})"
