"""Session A checks: chain-rule derivatives, partials and the gradient field, backprop."""
import numpy as np
import sympy as sp

from graders.course import expect
from graders.course.checks import CheckSet
from graders.compare import figures, gradcheck, numbers, symbolic
from graders.compare import formatting as fmt
from graders.course.failure import Fail
from graders.learner.exprtree import Expression
from . import oracles

checks = CheckSet()


def _x_domain(lo=-3.0, hi=3.0):
    return {"x": symbolic.Uniform(lo, hi)}


def _chain_rule(t, function, original, missing_inner):
    """Compare d/dx of ``original`` (differentiated by the grader) with the learner's answer."""
    x = t.symbol("x")
    expect.equivalent(t, t.call(function, x), sp.diff(original(x), x), {"x": x}, _x_domain(),
                      f"{function}(x)", original=original(x),
                      pitfalls={"missing_inner_derivative": missing_inner(x)})


@checks("d_sin_x2")
def d_sin_x2(t):
    _chain_rule(t, "d_sin_x2", lambda x: sp.sin(x**2), lambda x: sp.cos(x**2))


@checks("d_exp_2x_plus_1")
def d_exp_2x_plus_1(t):
    _chain_rule(t, "d_exp_2x_plus_1", lambda x: sp.exp(2 * x + 1), lambda x: sp.exp(2 * x + 1))


@checks("d_log_1_plus_exp")
def d_log_1_plus_exp(t):
    _chain_rule(t, "d_log_1_plus_exp", lambda x: sp.log(1 + sp.exp(x)), lambda x: 1 / (1 + sp.exp(x)))


@checks("d_x2_plus_1_cubed")
def d_x2_plus_1_cubed(t):
    _chain_rule(t, "d_x2_plus_1_cubed", lambda x: (x**2 + 1) ** 3, lambda x: 3 * (x**2 + 1) ** 2)


@checks("d_tanh_2x")
def d_tanh_2x(t):
    _chain_rule(t, "d_tanh_2x", lambda x: sp.tanh(2 * x), lambda x: 1 - sp.tanh(2 * x) ** 2)


@checks("d_sigmoid")
def d_sigmoid(t):
    # Outer u ↦ u⁻¹ differentiated, inner 1 + e^(−x) forgotten: −(1 + e^(−x))⁻².
    _chain_rule(t, "d_sigmoid", lambda x: 1 / (1 + sp.exp(-x)), lambda x: -1 / (1 + sp.exp(-x)) ** 2)


@checks("sigmoid_prime_via_sigma")
def sigmoid_prime_via_sigma(t):
    s, x = t.symbol("s"), t.symbol("x")
    # σ'(x) at the x whose σ(x) is s: the grader's own derivative, rewritten in s.
    reference = sp.diff(1 / (1 + sp.exp(-x)), x).subs(x, sp.log(s / (1 - s)))
    expect.equivalent(t, t.call("sigmoid_prime_via_sigma", s), reference, {"s": s},
                      {"s": symbolic.Uniform(0.01, 0.99)}, "sigmoid_prime_via_sigma(s)",
                      original=s)


# ---------------------------------------------------------------- partials and the gradient


def _f(x, y):
    return x**2 + 3 * x * y + y**2


def _partial(t, function, var):
    x, y = t.symbol("x"), t.symbol("y")
    mine = x if var == "x" else y
    reference = sp.diff(_f(x, y), mine)
    domain = {"x": symbolic.Uniform(-3, 3), "y": symbolic.Uniform(-3, 3)}
    expect.equivalent(t, t.call(function, x, y), reference, {"x": x, "y": y}, domain, f"{function}(x, y)",
                      original=_f(x, y), pitfalls={
                          "partial_not_fixed": sp.diff(_f(x, y), x) + sp.diff(_f(x, y), y),
                          "partial_dropped_term": 2 * mine,
                      })
    X, Y = np.meshgrid(np.round(t.rng.uniform(-3, 3, 4), 3), np.round(t.rng.uniform(-3, 3, 3), 3))
    expected = symbolic.evaluate_grid(symbolic.tree_of(reference), x=X, y=Y)
    got = expect.array(t.call(function, X, Y), f"{function}(X, Y) on numpy arrays", like=X)
    expect.close(got, expected, f"{function}(X, Y)", f"X = {fmt.array(X)}, Y = {fmt.array(Y)}", rtol=1e-9, atol=1e-12)


@checks("df_dx")
def df_dx(t):
    _partial(t, "df_dx", "x")


@checks("df_dy")
def df_dy(t):
    _partial(t, "df_dy", "y")


def _gradient_pair(value, what):
    if not isinstance(value, (tuple, list, np.ndarray)):
        # A single number or expression is the mistake the course warns of; anything else is not.
        single = isinstance(value, (int, float, np.generic, Expression)) and not isinstance(value, bool)
        raise Fail(f"{what} returned {fmt.kind(value)}; expected the pair (∂f/∂x, ∂f/∂y).",
                   pitfall="grad_is_a_vector" if single else None)
    return expect.sequence(value, 2, what, names=("∂f/∂x", "∂f/∂y"))


@checks("grad_f")
def grad_f(t):
    x, y = t.symbol("x"), t.symbol("y")
    domain = {"x": symbolic.Uniform(-3, 3), "y": symbolic.Uniform(-3, 3)}
    parts = _gradient_pair(t.call("grad_f", x, y), "grad_f(x, y)")
    for name, part, var in zip(("∂f/∂x", "∂f/∂y"), parts, (x, y)):
        expect.equivalent(t, part, sp.diff(_f(x, y), var), {"x": x, "y": y}, domain,
                          f"grad_f(x, y), its {name} part")
    X, Y = np.meshgrid(np.round(t.rng.uniform(-3, 3, 3), 3), np.round(t.rng.uniform(-3, 3, 2), 3))
    parts = _gradient_pair(t.call("grad_f", X, Y), "grad_f(X, Y) on numpy arrays")
    for name, part, expected in zip(("∂f/∂x", "∂f/∂y"), parts, (2 * X + 3 * Y, 3 * X + 2 * Y)):
        got = expect.array(part, f"grad_f(X, Y), its {name} part", like=X)
        expect.close(got, expected, f"grad_f(X, Y), its {name} part", f"X = {fmt.array(X)}, Y = {fmt.array(Y)}",
                     rtol=1e-9, atol=1e-12)
    parts = _gradient_pair(t.call("grad_f", 1, 2), "grad_f(1, 2)")
    got = [expect.number(p, "grad_f(1, 2)") for p in parts]
    if got != [8.0, 7.0]:
        shown = ", ".join(fmt.distinct(g, e) for g, e in zip(got, (8, 7)))
        raise Fail(f"grad_f(1, 2) returned ({shown}); by hand ∇f(1, 2) = (8, 7).")


@checks("gradient_field_figure")
def gradient_field_figure(t):
    fig = expect.figure(t.call("gradient_field_figure"), "gradient_field_figure()")
    quivers = [q for ax in fig.plot_axes for q in ax.quivers]
    if not quivers:
        raise Fail("gradient_field_figure() draws no arrows. Use ax.quiver(X, Y, U, V) with (U, V) = ∇f(X, Y).")
    q = max(quivers, key=lambda quiver: quiver["X"].size)  # the field; a lone arrow beside it is a note
    X, Y, U, V = q["X"], q["Y"], q["U"], q["V"]
    grid = np.linspace(-3, 3, 20)
    if X.size != 400:
        raise Fail(f"gradient_field_figure(): the quiver has {X.size} arrows; expected 400, one per point of a "
                   "20 × 20 grid (np.meshgrid of np.linspace(-3, 3, 20) twice).")
    for name, coord in (("x", X), ("y", Y)):
        values = np.unique(np.round(coord, 9))
        if values.size != 20 or not np.allclose(values, grid, atol=1e-6):
            raise Fail(f"gradient_field_figure(): the arrows' {name} positions are {fmt.array(values)}; "
                       "expected the 20 values of np.linspace(-3, 3, 20).")
    gx, gy = 2 * X + 3 * Y, 3 * X + 2 * Y
    norm = np.hypot(U, V) * np.hypot(gx, gy)
    if not np.isfinite(U).all() or not np.isfinite(V).all() or (norm == 0).any():
        raise Fail("gradient_field_figure(): some arrows have no direction (zero, nan or inf components).")
    cosine = (U * gx + V * gy) / norm
    if (cosine < -0.999).all():
        raise Fail("gradient_field_figure(): every arrow points against ∇f.", pitfall="grad_descent_direction")
    if (cosine < 0.999).any():
        i = int(np.argmin(cosine))
        raise Fail(f"gradient_field_figure(): the arrows do not point along ∇f. At ({fmt.number(X[i])}, "
                   f"{fmt.number(Y[i])}) your arrow is ({fmt.number(U[i])}, {fmt.number(V[i])}) but ∇f = "
                   f"({fmt.number(gx[i])}, {fmt.number(gy[i])}).")
    contours = [c for ax in fig.plot_axes for c in ax.contours]
    if not contours:
        raise Fail("gradient_field_figure() shows no contours of f. Add ax.contour(X, Y, f_xy(X, Y), levels=20).")
    share, vertex, levels, value = max((figures.contour_follows(c, _f, tol=0.3) for c in contours),
                                       key=lambda result: result[0])
    if vertex is None and share < 0.95:
        raise Fail("gradient_field_figure(): the contour set has no lines inside the plot.")
    if share < 0.95:
        lo, hi = levels
        level = fmt.number(lo) if lo == hi else f"{fmt.number(lo)} to {fmt.number(hi)}"
        raise Fail(f"gradient_field_figure(): the contours do not follow f(x, y) = x² + 3xy + y². A point "
                   f"({fmt.number(vertex[0])}, {fmt.number(vertex[1])}) drawn at level {level} has f = "
                   f"{fmt.number(value)} there.")


# ---------------------------------------------------------------- a tiny network


def _kinked(rng, zeros):
    """9 values around the kink: exact zeros at ``zeros``, both signs, and values well above 1
    (a clip at 1 is not a ReLU), on a scale where every mistake shows."""
    z = np.round(rng.normal(scale=2, size=9), 3)
    z[list(zeros)] = 0.0
    free = [i for i in range(9) if i not in zeros]
    z[free[0]] = -np.abs(z[free[0]]) - 0.5
    z[free[1]] = np.abs(z[free[1]]) + 1.5
    z[free[2]] = np.abs(z[free[2]]) + 4.0
    return z


@checks("relu")
def relu(t):
    z = _kinked(t.rng, (1, 5))
    # 1-D as the network uses it, and 2-D: ReLU is elementwise, for arrays of any shape.
    for arg in (z, z.reshape(3, 3)):
        got = expect.array(t.call("relu", arg), "relu(z)", like=arg)
        expect.close(got, np.maximum(0.0, arg), "relu(z)", fmt.inputs({"z": arg}, 9))


@checks("relu_prime")
def relu_prime(t):
    z = _kinked(t.rng, (0, 4))
    for arg in (z, z.reshape(3, 3)):
        got = expect.array(t.call("relu_prime", arg), "relu_prime(z)", like=arg)
        expected = (arg > 0).astype(float)
        pitfall = "relu_prime_at_zero" if np.array_equal(got, (arg >= 0).astype(float)) else None
        if pitfall is None and np.any(got[arg < 0] != 0):
            pitfall = "relu_prime_negative"
        if not np.array_equal(got, expected):
            raise Fail(f"relu_prime(z) for {fmt.inputs({'z': arg}, 9)}: got {fmt.array(got, 9)}, expected "
                       f"{fmt.array(expected, 9)}.", pitfall=pitfall)


# A matrix product whose shapes do not line up: numpy's words for it, and the pitfall it shows.
PRODUCT_SHAPES = {"ValueError": ("product_shapes", ("matmul: Input operand", "not aligned"))}


def _network(rng, d=3, h=4, away_from_kinks=True):
    """Parameters whose hidden pre-activations stay clear of 0 and take both signs.

    Every input matters: x has entries of both signs (relu(x) in place of x shows), and b1
    changes the sign of at least one unit (a ReLU mask taken from W1 @ x alone shows).
    """
    while True:
        x = np.round(rng.normal(size=d), 3)
        W1, b1 = np.round(rng.normal(size=(h, d)), 3), np.round(rng.normal(size=h), 3)
        W2, b2 = np.round(rng.normal(size=(1, h)), 3), np.round(rng.normal(size=1), 3)
        z1 = W1 @ x + b1
        if not away_from_kinks:
            return x, W1, b1, W2, b2
        clear = np.abs(z1).min() > 0.1 and np.abs(W1 @ x).min() > 0.1 and np.abs(x).min() > 0.1
        if (clear and (z1 > 0).any() and (z1 < 0).any() and (x < 0).any() and (x > 0).any()
                and (np.sign(W1 @ x) != np.sign(z1)).any()):
            return x, W1, b1, W2, b2


def _network_given(x, W1, b1, W2, b2):
    return (f"x = {fmt.array(x)}, W1 = {fmt.array(W1, 12)}, b1 = {fmt.array(b1)}, W2 = {fmt.array(W2)}, "
            f"b2 = {fmt.array(b2)}")


def _forward(x, W1, b1, W2, b2, hidden=lambda z: np.maximum(0.0, z)):
    z1 = W1 @ x + b1
    a1 = hidden(z1)
    z2 = W2 @ a1 + b2
    return z1, a1, z2, oracles.sigma(z2)


@checks("mlp_forward")
def mlp_forward(t):
    params = _network(t.rng)
    given = _network_given(*params)
    got = expect.sequence(t.call("mlp_forward", *params, pitfall_on=PRODUCT_SHAPES),
                          4, "mlp_forward(...)", names=("z1", "a1", "z2", "y_hat"))
    expected = _forward(*params)
    wrong = _forward(*params, hidden=oracles.sigma)
    for name, value, want, bad in zip(("z1", "a1", "z2", "y_hat"), got, expected, wrong):
        arr = expect.array(value, f"mlp_forward(...): {name}", like=want, scalar_ok=name in ("z2", "y_hat"))
        expect.close(arr, want, f"mlp_forward(...): {name}", given, rtol=1e-9, atol=1e-12,
                     pitfalls={"hidden_activation": bad} if name != "z1" else None)


SHAPES = {"W1": (4, 3), "b1": (4,), "W2": (1, 4), "b2": (1,)}


def _gradients(t, params, y):
    grads = expect.mapping(t.call("mlp_backward", params[0], y, *params[1:], pitfall_on=PRODUCT_SHAPES),
                           list(SHAPES), "mlp_backward(...)")
    out = {}
    for name, shape in SHAPES.items():
        value = grads[name]
        arr = expect.array(value, f"mlp_backward(...)[{name!r}]")
        if arr.shape != shape and not (name == "b2" and arr.size == 1):
            pitfall = "transposed_w" if len(shape) == 2 and arr.shape == shape[::-1] else None
            raise Fail(f"mlp_backward(...)[{name!r}] has shape {fmt.shape(arr.shape)}; expected "
                       f"{fmt.shape(shape)}, the shape of {name}.", pitfall=pitfall)
        out[name] = arr.reshape(shape)
    return out


@checks("mlp_backward.shapes")
def mlp_backward_shapes(t):
    _gradients(t, _network(t.rng), 1.0)


def _backward_model(x, y, W1, b1, W2, b2, sign=1.0, mask="relu"):
    """Analytic gradients as a given mistake would compute them (for naming the pitfall)."""
    z1, a1, z2, y_hat = _forward(x, W1, b1, W2, b2)
    dz2 = sign * (y_hat - y)
    da1 = W2.T @ dz2
    gate = {"relu": z1 > 0, "none": np.ones_like(z1, bool), "inverted": z1 <= 0}[mask]
    dz1 = da1 * gate
    return {"W1": np.outer(dz1, x), "b1": dz1, "W2": np.outer(dz2, a1), "b2": dz2}


@checks("mlp_backward.values")
def mlp_backward_values(t):
    for y in (1.0, 0.0):
        params = _network(t.rng)
        x, rest = params[0], list(params[1:])
        got = _gradients(t, params, y)
        eps = numbers.epsilon(t.last.value)  # float32 gradients are held to float32's precision
        for i, name in enumerate(SHAPES):
            def loss(value, i=i, x=x, y=y, rest=rest):
                trial = list(rest)
                trial[i] = value
                return oracles.mlp_loss(x, y, *trial)

            numeric = gradcheck.central_differences(loss, rest[i])
            bad = gradcheck.worst(got[name], numeric, eps=eps)
            if bad:
                index, error, count, tolerance = bad
                models = {pid: _backward_model(x, y, *rest, **kw)[name] for pid, kw in (
                    ("bce_grad_sign", {"sign": -1.0}), ("relu_prime_missing", {"mask": "none"}),
                    ("relu_prime_negative", {"mask": "inverted"}))}
                at = index[0] if len(index) == 1 else index
                raise Fail(f"mlp_backward(...)[{name!r}] for {_network_given(*params)}, y = {y:g}: got {fmt.array(got[name], numeric.size)}, "
                           f"finite differences of the loss give {fmt.array(numeric, numeric.size)}; entry {at} is "
                           f"{fmt.number(got[name][index], 6)} against {fmt.number(numeric[index], 6)}, a relative "
                           f"error of {error:.2g} (tolerance: {tolerance}); {count} of {numeric.size} entries differ.",
                           pitfall=expect.diagnose(got[name], models, 1e-5),
                           details={"heatmap": {"title": f"∂L/∂{name} (y = {y:g})", "yours": got[name],
                                                "numeric": numeric, "labels": None}})
