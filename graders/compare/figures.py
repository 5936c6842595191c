"""Questions about plain figure data: are these points shown, does this boundary match?

A drawn boundary is accepted in any of the usual forms: a line, a contour or filled
contour of the logit z, of the probability σ(z) or of the predicted label, or an
image or mesh of one of those. Each form is mapped to positions in the plane, so
that one tolerance (a distance) covers them all.
"""
import numpy as np

CONSISTENT_SHARE = 0.95  # share of vertices or cells that must agree with the model


def _point_groups(axes_list):
    """Every drawn point set, as (key, points, per-point colours): scatters and marker lines.

    ax.plot(x, y, "o") draws points as well as ax.scatter does; each line is one group.
    """
    for a, ax in enumerate(axes_list):
        for s, scatter in enumerate(ax.scatters):
            yield (a, "scatter", s), scatter["offsets"], scatter["colors"]
        for i, xy in enumerate(ax.lines):
            yield (a, "line", i), xy, np.zeros((1, 4))


def _matches(points, X, rtol=1e-6):
    """For each row of X, the index of a point at the same place, or -1."""
    scale = rtol * max(1.0, float(np.abs(X).max()))
    finite = np.isfinite(points).all(axis=1)
    out = np.full(len(X), -1)
    if not finite.any():
        return out
    for r, row in enumerate(X):
        hits = np.flatnonzero(finite & (np.abs(points - row).max(axis=1) <= scale))
        if len(hits):
            out[r] = hits[0]
    return out


def shown_points(axes_list, X):
    """How many rows of X are drawn as points (scatter offsets or line vertices)."""
    shown = np.zeros(len(X), dtype=bool)
    for _key, points, _colors in _point_groups(axes_list):
        if len(points):
            shown |= _matches(points, X) >= 0
    return int(shown.sum())


def classes_told_apart(axes_list, X, y):
    """True if no drawn group with one colour holds points of both classes."""
    keys = {0: set(), 1: set()}
    for key, points, colors in _point_groups(axes_list):
        if not len(points):
            continue
        for r, hit in enumerate(_matches(points, X)):
            if hit >= 0:
                color = tuple(np.round(colors[hit if len(colors) > 1 else 0], 3)) if len(colors) else ()
                keys[int(y[r] > 0.5)].add((key, color))
    return bool(keys[0]) and bool(keys[1]) and not (keys[0] & keys[1])


def _z_bounds(level, field):
    """The logit value at which ``field`` (z, p or label) takes the value ``level``."""
    if field == "z":
        return level
    if field == "p":
        if level <= 0:
            return -np.inf
        if level >= 1:
            return np.inf
        return float(np.log(level) - np.log1p(-level))
    if level <= 0:  # label field: 0 left of the boundary, 1 right of it
        return -np.inf
    return np.inf if level >= 1 else 0.0


FIELDS = ("z", "p", "label")


def _within(zs, lo, hi, tol):
    return (zs >= lo - tol) & (zs <= hi + tol)


def bands(contour):
    """(vertices, lowest level, highest level) for each drawn piece of a contour set.

    A line contour's piece lies on one level; a filled contour's piece spans two.
    """
    for i, vertices in enumerate(contour.paths):
        vertices = vertices[np.isfinite(vertices).all(axis=1)]
        top = i + 1 if contour.filled else i
        if len(vertices) and top < len(contour.levels):
            yield vertices, contour.levels[i], contour.levels[top]


def contour_fits(contour, w, b, tol):
    """The fields (among z, p, label) that this contour set is consistent with."""
    w = np.asarray(w, float)
    norm = float(np.linalg.norm(w))
    fits = []
    for field in FIELDS:
        good = total = 0
        for vertices, lo, hi in bands(contour):
            distance = (vertices @ w + b) / norm  # signed distance in the plane, per vertex
            zlo, zhi = _z_bounds(lo, field) / norm, _z_bounds(hi, field) / norm
            good += int(_within(distance, zlo, zhi, tol).sum())
            total += len(vertices)
        if total and good >= CONSISTENT_SHARE * total:
            fits.append(field)
    return fits


def crosses_boundary(contour, field):
    """Does this contour set mark the boundary itself (a level at z = 0 in that field)?"""
    zs = [_z_bounds(level, field) for level in contour.levels]
    if contour.filled:
        return any(lo <= 0 <= hi for lo, hi in zip(zs, zs[1:])) and len(zs) > 2
    return any(abs(z) < 1e-9 for z in zs) or (field == "label" and any(z == 0 for z in zs))


def line_fits(xy, w, b, tol):
    """Is this polyline drawn along w·x + b = 0 (within ``tol`` in distance)?"""
    xy = xy[np.isfinite(xy).all(axis=1)]
    if len(xy) < 2:
        return False
    w = np.asarray(w, float)
    distance = np.abs(xy @ w + b) / np.linalg.norm(w)
    return bool((distance <= tol).all()) and float(np.ptp(xy, axis=0).max()) > tol


def grid_fits(centres, values, w, b, tol):
    """The fields a gridded picture (image or mesh) of the model is consistent with."""
    w = np.asarray(w, float)
    norm = float(np.linalg.norm(w))
    ok = np.isfinite(values)
    centres, values = centres[ok], values[ok]
    if len(values) < 4:
        return []
    distance = (centres @ w + b) / norm
    fits = []
    for field in FIELDS:
        if field == "z":
            want = values / norm
        elif field == "p":
            if values.min() < 0 or values.max() > 1:
                continue
            with np.errstate(divide="ignore"):
                want = (np.log(values) - np.log1p(-values)) / norm
        else:
            if not np.isin(values, (0.0, 1.0)).all():
                continue
            agree = (values == (distance >= 0)) | (np.abs(distance) <= tol)
            if agree.mean() >= CONSISTENT_SHARE:
                fits.append(field)
            continue
        agree = (np.abs(want - distance) <= tol) | (np.isinf(want) & (np.sign(want) == np.sign(distance)))
        if agree.mean() >= CONSISTENT_SHARE:
            fits.append(field)
    return fits


def image_cells(image):
    """(centres, values) of an imshow image, honouring its extent and origin."""
    values = image["values"]
    if values.ndim != 2 or values.size == 0:
        return np.zeros((0, 2)), np.zeros(0)
    left, right, bottom, top = image["extent"]
    rows, cols = values.shape
    xs = left + (np.arange(cols) + 0.5) * (right - left) / cols
    ys = top + (np.arange(rows) + 0.5) * (bottom - top) / rows  # row 0 at the top ('upper')
    if image["origin"] == "lower":
        ys = bottom + (np.arange(rows) + 0.5) * (top - bottom) / rows
    cx, cy = np.meshgrid(xs, ys)
    return np.column_stack([cx.ravel(), cy.ravel()]), values.ravel()


def mesh_cells(mesh):
    """(centres, values) of a pcolormesh."""
    coords, values = mesh["coords"], mesh["values"].ravel()
    rows, cols = coords.shape[0] - 1, coords.shape[1] - 1
    if rows < 1 or cols < 1 or rows * cols != values.size:
        return np.zeros((0, 2)), np.zeros(0)
    centres = (coords[:-1, :-1] + coords[1:, 1:] + coords[:-1, 1:] + coords[1:, :-1]) / 4
    return centres.reshape(-1, 2), values


def boundary_report(ax, w, b, tol):
    """(consistent artists, inconsistent artists) that could show the boundary w·x + b = 0."""
    good, bad = [], []
    for xy in ax.lines:
        finite = xy[np.isfinite(xy).all(axis=1)]
        if len(finite) < 2:
            continue
        (good if line_fits(xy, w, b, tol) else bad).append(("line", finite))
    for contour in ax.contours:
        fits = contour_fits(contour, w, b, tol)
        if any(crosses_boundary(contour, f) or contour.filled for f in fits):
            good.append(("contour", contour))
        else:
            bad.append(("contour", contour))
    for cells in [image_cells(im) for im in ax.images] + [mesh_cells(m) for m in ax.meshes]:
        if len(cells[1]) >= 4:
            (good if grid_fits(cells[0], cells[1], w, b, tol) else bad).append(("image", cells))
    return good, bad


def far_vertex(artist, w, b):
    """A point of a wrong boundary artist and its logit, for the message."""
    kind, data = artist
    w = np.asarray(w, float)
    if kind == "line":
        points = data
    elif kind == "contour":
        points = np.vstack([p for p in data.paths if len(p)] or [np.zeros((1, 2))])
    else:
        points = data[0]
    z = points @ w + b
    i = int(np.argmax(np.abs(z)))
    return points[i], float(z[i])


def contour_follows(contour, field, tol):
    """(share of vertices consistent, a worst vertex, its levels, f there) for a contour of ``field``."""
    good = total = 0
    worst = (0.0, None, None, None)
    for vertices, lo, hi in bands(contour):
        values = field(vertices[:, 0], vertices[:, 1])
        off = np.maximum(lo - values, values - hi)
        good += int((off <= tol).sum())
        total += len(vertices)
        j = int(np.argmax(off))
        if off[j] > worst[0]:
            worst = (float(off[j]), vertices[j], (lo, hi), float(values[j]))
    share = good / total if total else 0.0
    return share, worst[1], worst[2], worst[3]
