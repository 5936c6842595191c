"""Typed maths, read safely: `-(y*log(p) + (1-y)*log(1-p))`, `σ(z) - y`, `2x + 3y`, `e^x/(1+e^x)`.

The text is parsed by Python's own parser and the syntax tree is walked against a
whitelist: numbers, the names a question allows, + − × / and powers (`^` or `**`), and
calls of a few functions. Everything else is refused with a one-line reason that
points at the problem. Nothing is ever passed to eval, sympify or parse_expr.
"""
import ast
import math
import re

import sympy as sp

MAX_LENGTH = 300
MAX_NODES = 200
MAX_EXPONENT = 100
MAX_DIGITS = 50  # no number in a recall answer needs more: bigger ones are refused before they are computed
FUNCTIONS = {
    "log": sp.log, "ln": sp.log, "exp": sp.exp, "sqrt": sp.sqrt,
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "tanh": sp.tanh, "cosh": sp.cosh, "sinh": sp.sinh,
    "sech": sp.sech, "abs": sp.Abs,
    "sigma": lambda z: 1 / (1 + sp.exp(-z)), "sigmoid": lambda z: 1 / (1 + sp.exp(-z)),
}
ARITHMETIC = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
              ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b}
SPELLINGS = {"σ": "sigma", "δ": "delta", "·": "*", "×": "*", "−": "-", "–": "-", "²": "^2", "³": "^3", "ˣ": "^x"}


class MathError(ValueError):
    """Typed text that is not an answer the grader accepts; the message says where and why."""


def _prepare(text):
    for spelled, plain in SPELLINGS.items():
        text = text.replace(spelled, plain)
    text = text.replace("^", "**")
    # implicit products a person writes: 2x, 2(x+1), (x+1)(x-1), 3 x
    text = re.sub(r"(?<![A-Za-z_\d.])(\d+(?:\.\d+)?)\s*(?=[A-Za-z_(])", r"\1*", text)
    text = re.sub(r"\)\s*(?=[A-Za-z_\d(])", ")*", text)
    return text


def parse(text, variables):
    """The sympy expression for ``text``; ``variables`` maps allowed names to Symbols."""
    if not isinstance(text, str) or not text.strip():
        raise MathError("the answer is empty")
    if len(text) > MAX_LENGTH:
        raise MathError(f"the answer is longer than {MAX_LENGTH} characters")
    prepared = _prepare(text.strip())
    for name in sorted(variables, key=len, reverse=True):
        # a variable is never a function: y log(p), y (1-y), s(1-s) are products
        prepared = re.sub(rf"(?<![A-Za-z_\d]){re.escape(name)}(\s+(?=[A-Za-z_(\d])|(?=\())", f"{name}*", prepared)
    try:
        tree = ast.parse(prepared, mode="eval")
    except SyntaxError as exc:
        column = max((exc.offset or 1) - 1, 0)
        near = prepared[max(column - 8, 0):column + 8]
        raise MathError(f"cannot read it near `{near}` (column {column + 1}): {exc.msg}") from None
    count = sum(1 for _ in ast.walk(tree))
    if count > MAX_NODES:
        raise MathError(f"the answer has more than {MAX_NODES} parts")
    names = dict(variables)
    names.setdefault("e", sp.E)
    names.setdefault("pi", sp.pi)
    return _build(tree.body, names)


def _snippet(node, limit=24):
    """The learner's own text for a part of the answer, shortened for a one-line message."""
    text = ast.unparse(node)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _build(node, names):
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        if isinstance(node.value, int) and abs(node.value) > 10**12:
            raise MathError(f"the number {str(node.value)[:15]}… is too large")
        return sp.Integer(node.value) if isinstance(node.value, int) else sp.Float(node.value)
    if isinstance(node, ast.Name):
        if node.id in names:
            return names[node.id]
        if len(node.id) > 1 and all(letter in names for letter in node.id):
            return sp.Mul(*(names[letter] for letter in node.id))  # xy is x times y
        if node.id in FUNCTIONS:
            raise MathError(f"`{node.id}` is a function: write {node.id}(…)")
        allowed = ", ".join(sorted(n for n in names if n not in ("e", "pi")))
        raise MathError(f"unknown name `{node.id}`; this answer may use {allowed}")
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _build(node.operand, names)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow)):
        left = _build(node.left, names)
        right = _build(node.right, names)
        if isinstance(node.op, ast.Pow):
            if right.is_Number and abs(float(right)) > MAX_EXPONENT:
                raise MathError(f"the exponent in `{_snippet(node)}` is too large (at most {MAX_EXPONENT})")
            if left.is_Number and right.is_Number and left != 0 \
                    and abs(float(right)) * math.log10(abs(float(left))) > MAX_DIGITS:
                raise MathError(f"`{_snippet(node)}` is too large: a number with more than {MAX_DIGITS} digits")
            if not right.is_Number and right.has(sp.Pow) and any(
                    p.exp.is_Number and abs(float(p.exp)) > 3 for p in right.atoms(sp.Pow)):
                raise MathError("powers of powers are too large here")
            result = sp.Pow(left, right)
        else:
            result = ARITHMETIC[type(node.op)](left, right)
        if result.is_Number and result != 0 and abs(float(result)) > 10.0**MAX_DIGITS:
            raise MathError(f"`{_snippet(node)}` is too large: a number with more than {MAX_DIGITS} digits")
        return result
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute):
            raise MathError(f"attribute access (`{ast.unparse(node.func)[:30]}`) is not allowed: write log(x), exp(x)…")
        if not isinstance(node.func, ast.Name):
            raise MathError("only plain function calls such as log(x) are allowed")
        if node.func.id not in FUNCTIONS:
            raise MathError(f"unknown function `{node.func.id}`; allowed: {', '.join(sorted(FUNCTIONS))}")
        if node.keywords or len(node.args) != 1:
            raise MathError(f"{node.func.id}(…) takes exactly one argument")
        return FUNCTIONS[node.func.id](_build(node.args[0], names))
    if isinstance(node, ast.Attribute):
        raise MathError("attribute access (a dot after a name) is not allowed")
    if isinstance(node, ast.Subscript):
        raise MathError("indexing with [ ] is not allowed")
    if isinstance(node, (ast.Compare, ast.BoolOp)):
        raise MathError("write an expression, not a comparison or an equation")
    if isinstance(node, ast.Constant):
        raise MathError(f"{type(node.value).__name__} values are not part of a formula")
    raise MathError(f"`{ast.unparse(node)[:30]}` is not part of a formula")
