"""Questions about plain figure data: are these points shown, does this boundary match?

A drawn boundary is accepted in any of the usual forms: a line, a contour or filled
contour of the logit z, of the probability σ(z) or of the predicted label, or an
image or mesh of one of those. Each form is mapped to positions in the plane, so
that one tolerance (a distance) covers them all.
"""
from dataclasses import dataclass, field

import numpy as np

CONSISTENT_SHARE = 0.95  # share of vertices or cells that must agree with the model
NORMAL_LENGTH = 4.0  # a segment along w this short, from the boundary, shows the normal vector


def _point_groups(axes_list):
    """Every drawn point set, as (key, points, looks): scatters first, then marker lines, as
    matplotlib draws them (collections below lines). ``looks[i]`` is what point i looks like
    (face and edge colours, marker), and whether it is filled (it hides what is below it).

    ax.plot(x, y, "o") draws points as well as ax.scatter does; each line is one group.
    """
    for a, ax in enumerate(axes_list):
        for s, scatter in enumerate(ax.scatters):
            faces, edges = scatter["colors"], scatter.get("edges", np.zeros((0, 4)))
            count = len(scatter["offsets"])
            looks = []
            for i in range(count):
                face = tuple(np.round(faces[i if len(faces) > 1 else 0], 3)) if len(faces) else (0.0,) * 4
                edge = tuple(np.round(edges[i if len(edges) > 1 else 0], 3)) if len(edges) else (0.0,) * 4
                looks.append(((face, edge), face[3] > 0))
            yield (a, "scatter", s), scatter["offsets"], looks
        for i, line in enumerate(ax.lines):
            style = tuple(np.round(line.style, 3)) if len(line.style) else ("line", i)
            filled = len(line.style) < 8 or line.style[7] > 0  # the marker face's alpha
            yield (a, "line", i), line.xy, [(style, filled)] * len(line.xy)


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
    """Can every point's class be read off the drawing, by what the points look like?

    A point looks like the marks drawn at its place: a filled marker hides those below it, a
    hollow one (a ring around it) adds to them. The classes are told apart when no look is
    shared by points of both classes: two scatter calls in the same black, or one colour for
    every point, are not; colours by label, rings around some points, or the positives drawn
    again in red over grey ones, are.
    """
    appearance = {}  # row of X → what it looks like, from the bottom mark to the top one
    for _key, points, looks in _point_groups(axes_list):
        if not len(points):
            continue
        for r, hit in enumerate(_matches(points, X)):
            if hit >= 0:
                look, filled = looks[hit]
                appearance[r] = (look,) if filled else appearance.get(r, ()) + (look,)
    by_class = {0: set(), 1: set()}
    for r, seen in appearance.items():
        by_class[int(y[r] > 0.5)].add(seen)
    return bool(by_class[0]) and bool(by_class[1]) and not (by_class[0] & by_class[1])


@dataclass(frozen=True)
class Boundary:
    """The line w·x + b = 0 in the plane."""

    w: tuple
    b: float

    @classmethod
    def of(cls, w, b):
        return cls(tuple(float(v) for v in np.ravel(w)), float(b))

    @property
    def normal(self):
        return np.asarray(self.w, dtype=float)

    @property
    def norm(self):
        return float(np.linalg.norm(self.normal))

    def distance(self, points):
        """Signed distance of each point to the line, in the units of the plane."""
        return (np.asarray(points, float) @ self.normal + self.b) / self.norm

    def segment(self, box):
        """The part of the line inside box = (xmin, xmax, ymin, ymax), as two points, or None."""
        (w1, w2), b = self.w, self.b
        xmin, xmax, ymin, ymax = box
        points = []
        if abs(w2) > 1e-12:
            points += [(x, -(w1 * x + b) / w2) for x in (xmin, xmax)]
        if abs(w1) > 1e-12:
            points += [(-(w2 * y + b) / w1, y) for y in (ymin, ymax)]
        inside = [p for p in points if xmin - 1e-9 <= p[0] <= xmax + 1e-9 and ymin - 1e-9 <= p[1] <= ymax + 1e-9]
        if len(inside) < 2:
            return None
        inside = np.array(inside)
        far = np.argmax(np.linalg.norm(inside - inside[0], axis=1))
        return np.array([inside[0], inside[far]])


def displacement(true, other, box):
    """How far a drawing of ``other`` strays from ``true`` inside ``box`` (inf if it misses the box)."""
    segment = other.segment(box)
    if segment is None:
        return np.inf
    return float(np.abs(true.distance(segment)).max())  # the distance along a segment peaks at an end


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


def _tol(tol, field):
    """A tolerance given as a number, or per field as a function."""
    return tol(field) if callable(tol) else tol


def contour_agreement(contour, boundary, field, tol):
    """The share of a contour set's vertices that lie where ``field`` of the model has their level."""
    good = total = 0
    for vertices, lo, hi in bands(contour):
        distance = boundary.distance(vertices)
        zlo, zhi = _z_bounds(lo, field) / boundary.norm, _z_bounds(hi, field) / boundary.norm
        good += int(_within(distance, zlo, zhi, _tol(tol, field)).sum())
        total += len(vertices)
    return good / total if total else 0.0


def contour_fits(contour, boundary, tol):
    """The fields (among z, p, label) that this contour set is consistent with."""
    return [f for f in FIELDS if contour_agreement(contour, boundary, f, tol) >= CONSISTENT_SHARE]


def crosses_boundary(contour, field):
    """Does this contour set mark the boundary itself (a level at z = 0 in that field)?"""
    zs = [_z_bounds(level, field) for level in contour.levels]
    if contour.filled:
        return any(lo <= 0 <= hi for lo, hi in zip(zs, zs[1:])) and len(zs) > 2
    return any(abs(z) < 1e-9 for z in zs) or (field == "label" and any(z == 0 for z in zs))


def _grid_field(values, field, norm):
    """The signed distance to the boundary that each cell's value claims, or None if the values
    cannot be that field (labels are 0 and 1, probabilities lie in [0, 1])."""
    if field == "z":
        return values / norm
    if field == "p":
        if values.min() < 0 or values.max() > 1:
            return None
        with np.errstate(divide="ignore"):
            return (np.log(values) - np.log1p(-values)) / norm
    if not np.isin(values, (0.0, 1.0)).all():
        return None
    return np.where(values > 0.5, np.inf, -np.inf)


def grid_agreement(centres, values, boundary, field, tol):
    """The share of cells whose value is that of ``field`` of the model at their centre."""
    ok = np.isfinite(values)
    centres, values = centres[ok], values[ok]
    claimed = _grid_field(values, field, boundary.norm) if len(values) >= 4 else None
    if claimed is None:
        return 0.0
    distance = boundary.distance(centres)
    tol = _tol(tol, field)
    agree = (np.abs(claimed - distance) <= tol) | (np.isinf(claimed) & (np.sign(claimed) == np.sign(distance)))
    if field == "label":
        agree |= np.abs(distance) <= tol
    return float(agree.mean())


def grid_fits(centres, values, boundary, tol):
    """The fields a gridded picture (image or mesh) of the model is consistent with."""
    return [f for f in FIELDS if grid_agreement(centres, values, boundary, f, tol) >= CONSISTENT_SHARE]


def image_cells(image):
    """(centres, values, cell size) of an imshow image, honouring its extent and origin."""
    values = image["values"]
    if values.ndim != 2 or values.size == 0:
        return np.zeros((0, 2)), np.zeros(0), 0.0
    left, right, bottom, top = image["extent"]
    rows, cols = values.shape
    xs = left + (np.arange(cols) + 0.5) * (right - left) / cols
    ys = top + (np.arange(rows) + 0.5) * (bottom - top) / rows  # row 0 at the top ('upper')
    if image["origin"] == "lower":
        ys = bottom + (np.arange(rows) + 0.5) * (top - bottom) / rows
    cx, cy = np.meshgrid(xs, ys)
    size = float(np.hypot((right - left) / cols, (top - bottom) / rows))
    return np.column_stack([cx.ravel(), cy.ravel()]), values.ravel(), size


def mesh_cells(mesh):
    """(centres, values, cell size) of a pcolormesh (values per cell, or per corner with gouraud shading)."""
    coords, values = mesh["coords"], mesh["values"].ravel()
    rows, cols = coords.shape[0] - 1, coords.shape[1] - 1
    if rows >= 1 and cols >= 1 and values.size == coords.shape[0] * coords.shape[1]:
        diagonals = np.linalg.norm(coords[1:, 1:] - coords[:-1, :-1], axis=-1)
        return coords.reshape(-1, 2), values, float(np.median(diagonals))
    if rows < 1 or cols < 1 or rows * cols != values.size:
        return np.zeros((0, 2)), np.zeros(0), 0.0
    centres = (coords[:-1, :-1] + coords[1:, 1:] + coords[:-1, 1:] + coords[1:, :-1]) / 4
    diagonals = np.linalg.norm(coords[1:, 1:] - coords[:-1, :-1], axis=-1)
    return centres.reshape(-1, 2), values, float(np.median(diagonals))


def contour_resolution(contour):
    """About the grid spacing a contour set was computed on: level lines cross one cell per vertex."""
    steps = [np.linalg.norm(np.diff(v, axis=0), axis=1) for v, _, _ in bands(contour) if len(v) > 1]
    steps = np.concatenate(steps) if steps else np.zeros(0)
    steps = steps[steps > 0]
    return float(np.sqrt(2) * np.median(steps)) if len(steps) else 0.0


# ---------------------------------------------------------------- judging every artist of an axes


@dataclass
class Artist:
    """One thing drawn on an axes that may show a boundary.

    A line is drawn from the formula itself, so it gets the ``base`` tolerance. A contour,
    image or mesh comes from a grid of ``resolution`` (about one cell across): a picture of
    z or σ(z) is then off by up to half a cell, a picture of 0/1 labels by up to a cell.
    """

    kind: str  # line | contour | image
    data: object  # a Line, a Contour, or (centres, values) of an image or mesh
    base: float
    resolution: float = 0.0
    offset: float = 0.0  # for a line parallel to the boundary: its signed distance from it
    upside_down: object = None  # for an imshow image: the same image with the other origin

    def tol(self, field="z"):
        if self.kind == "line":
            return self.base
        if self.kind == "contour" and field != "label":
            # Contour lines interpolate linearly between grid points: exact for z, which is
            # linear, and nearly so for σ(z) across a cell; only 0/1 labels jump within one.
            return max(self.base, 0.1 * self.resolution)
        return max(self.base, self.resolution * (1.0 if field == "label" else 0.5))

    def points(self):
        if self.kind == "line":
            return self.data.xy[np.isfinite(self.data.xy).all(axis=1)]
        if self.kind == "region":
            return self.data[np.isfinite(self.data).all(axis=1)]
        if self.kind == "contour":
            return np.vstack([v for v, _, _ in bands(self.data)] or [np.zeros((0, 2))])
        return self.data[0]


def fitting_tolerance(artist, boundary):
    """The tolerance at which ``artist`` is a picture of ``boundary``, or None if it is not one."""
    if artist.kind == "line":
        xy = artist.points()
        ok = len(xy) >= 2 and bool((np.abs(boundary.distance(xy)) <= artist.base).all())
        return artist.base if ok else None
    if artist.kind == "contour":
        fits = [f for f in contour_fits(artist.data, boundary, artist.tol)
                if crosses_boundary(artist.data, f) or artist.data.filled]
    elif artist.kind == "region":
        return artist.base if region_fits(artist.data, boundary, artist.base) else None
    else:
        fits = grid_fits(artist.data[0], artist.data[1], boundary, artist.tol)
    return min(artist.tol(f) for f in fits) if fits else None


def region_fits(vertices, boundary, tol):
    """A shaded region (fill_between) shows a half-plane of the boundary: it lies wholly on one
    side, and one of its edges runs along the boundary."""
    distance = boundary.distance(vertices[np.isfinite(vertices).all(axis=1)])
    if len(distance) < 3:
        return False
    one_side = (distance >= -tol).all() or (distance <= tol).all()
    on_line = vertices[np.isfinite(vertices).all(axis=1)][np.abs(distance) <= tol]
    return bool(one_side and len(on_line) >= 2 and np.ptp(on_line, axis=0).max() > 10 * tol)


def depicts(artist, boundary):
    """Is this artist a picture of ``boundary`` (within the tolerance its resolution allows)?"""
    return fitting_tolerance(artist, boundary) is not None


def mean_distance(artist, boundary):
    """How far, on average, the artist's points are from where ``boundary`` puts them (for ranking)."""
    points = artist.points()
    if artist.kind == "line" or not len(points):
        return float(np.abs(boundary.distance(points)).mean()) if len(points) else np.inf
    if artist.kind == "region":  # its edge along the line: the nearest third of its vertices
        near = np.sort(np.abs(boundary.distance(points)))
        return float(near[: max(2, len(near) // 3)].mean())
    if artist.kind == "image":
        claimed = _grid_field(artist.data[1], likely_field(artist.data[1]), boundary.norm)
        if claimed is None:
            return np.inf
        finite = np.isfinite(claimed)
        d = boundary.distance(points)
        return float(np.abs(np.where(finite, claimed - d, np.where(np.sign(claimed) == np.sign(d), 0, 1))).mean())
    return 1 - max(contour_agreement(artist.data, boundary, f, artist.tol) for f in FIELDS)


def _line_role(line, boundary, tol):
    """What a drawn line is, next to a boundary: 'boundary', 'stray', 'parallel' or 'other'.

    Every drawn line in the data's plane claims to be the boundary, except marker-only lines
    (points), dots, and the axes themselves (a horizontal or vertical line through 0). Lines
    parallel to the boundary may be margins, accepted in symmetric pairs beside a boundary.
    """
    xy = line.xy[np.isfinite(line.xy).all(axis=1)]
    if not line.drawn or len(xy) < 2:
        return "stray", 0.0  # markers only: data points, not a line
    span = np.ptp(xy, axis=0)
    scale = max(1.0, float(np.abs(xy).max()))
    if span.max() <= tol:
        return "stray", 0.0  # a dot
    flat = span <= 1e-9 * scale
    if flat.any() and np.abs(xy[0, np.flatnonzero(flat)[0]]) <= 1e-9 * scale:
        return "stray", 0.0  # an axis: y = 0 or x = 0 drawn across the plot
    distance = boundary.distance(xy)
    if (np.abs(distance) <= tol).all():
        return "boundary", 0.0
    centred = xy - xy.mean(axis=0)
    direction = np.linalg.svd(centred, full_matrices=False)[2][0]
    across = centred @ np.array([-direction[1], direction[0]])
    if np.abs(across).max() <= tol:
        cosine = abs(direction @ boundary.normal) / boundary.norm
        if cosine < 0.01:
            return "parallel", float(np.median(distance))
        # w drawn as an arrow-like segment: along w, short, from (or to) the boundary or the origin.
        ends = xy[[0, -1]]
        anchored = (np.abs(distance[[0, -1]]).min() <= tol
                    or np.linalg.norm(ends, axis=1).min() <= tol)
        if cosine > 0.995 and anchored and np.ptp(xy, axis=0).max() <= NORMAL_LENGTH:
            return "stray", 0.0
    return "other", 0.0


def coverage(artist, boundary, box, samples=41):
    """The share of the boundary's chord across ``box`` that the artist draws (lines) or spans
    (contours, images, shaded regions)."""
    chord = boundary.segment(box)
    if chord is None:
        return 1.0
    along = np.linspace(0, 1, samples)[:, None] * (chord[1] - chord[0]) + chord[0]
    points = artist.points()
    if not len(points):
        return 0.0
    if artist.kind == "line":
        direction = (chord[1] - chord[0]) / max(np.linalg.norm(chord[1] - chord[0]), 1e-12)
        t = (points - chord[0]) @ direction
        ts = (along - chord[0]) @ direction
        return float(np.mean((ts >= t.min() - artist.base) & (ts <= t.max() + artist.base)))
    margin = artist.resolution + artist.base
    lo, hi = points.min(axis=0) - margin, points.max(axis=0) + margin
    return float(np.mean(((along >= lo) & (along <= hi)).all(axis=1)))


def _in_box(points, box, margin=0.0):
    xmin, xmax, ymin, ymax = box
    return ((points[:, 0] >= xmin - margin) & (points[:, 0] <= xmax + margin)
            & (points[:, 1] >= ymin - margin) & (points[:, 1] <= ymax + margin))


def points_in_view(axes_list, X):
    """How many rows of X are drawn inside the visible limits of an axes."""
    seen = np.zeros(len(X), dtype=bool)
    for ax in axes_list:
        (x0, x1), (y0, y1) = sorted(ax.xlim), sorted(ax.ylim)
        inside = (X[:, 0] >= x0 - 1e-9) & (X[:, 0] <= x1 + 1e-9) & (X[:, 1] >= y0 - 1e-9) & (X[:, 1] <= y1 + 1e-9)
        seen |= inside & (_drawn_rows([ax], X))
    return int(seen.sum())


def _drawn_rows(axes_list, X):
    shown = np.zeros(len(X), dtype=bool)
    for _key, points, _looks in _point_groups(axes_list):
        if len(points):
            shown |= _matches(points, X) >= 0
    return shown


@dataclass
class BoundaryFindings:
    """Every artist of some axes that could show a boundary, sorted by what it shows."""

    good: list = field(default_factory=list)  # pictures of the boundary, fine enough to prove it
    partial: list = field(default_factory=list)  # right, but over a small part of the data only
    levels: list = field(default_factory=list)  # line contours of the model's field at other levels
    coarse: list = field(default_factory=list)  # consistent with it, but too coarse to prove it
    wrong: list = field(default_factory=list)  # pictures of something else
    empty: list = field(default_factory=list)  # contour sets that draw nothing (no point reaches their levels)

    @property
    def verdict(self):
        """'ok', 'wrong', 'coarse' or 'none'."""
        if self.wrong:
            return "wrong"
        if self.good:
            return "ok"
        return "coarse" if self.coarse else "partial" if self.partial else "none"


def find_boundaries(axes_list, boundary, base_tol, max_tol, box=None, min_coverage=0.5):
    """Judge every line, contour, image and mesh of ``axes_list`` against ``boundary``.

    Each artist is judged at the tolerance its own resolution needs (a line: ``base_tol``;
    a contour or an image: about one grid cell); one that needs more than ``max_tol`` can
    refute a boundary but not prove one. Lines parallel to the boundary are accepted as
    margins only in pairs placed symmetrically around it.
    """
    found = BoundaryFindings()
    parallel = []

    def proven(artist):
        """A right picture counts when it shows the boundary across most of the data."""
        if box is not None and coverage(artist, boundary, box) < min_coverage:
            found.partial.append(artist)
        else:
            found.good.append(artist)

    for ax in axes_list:
        for line in ax.lines:
            role, offset = _line_role(line, boundary, base_tol)
            artist = Artist("line", line, base_tol, offset=offset)
            if role == "boundary":
                proven(artist)
            elif role == "parallel":
                parallel.append(artist)
            elif role == "other":
                found.wrong.append(artist)
        pictures = [Artist("contour", c, base_tol, contour_resolution(c)) for c in ax.contours]
        for image in ax.images:
            cells = image_cells(image)
            flipped = image_cells(dict(image, origin="upper" if image["origin"] == "lower" else "lower"))
            if len(cells[1]) >= 4:
                pictures.append(Artist("image", cells[:2], base_tol, cells[2],
                                       upside_down=Artist("image", flipped[:2], base_tol, flipped[2])))
        for cells in [mesh_cells(m) for m in ax.meshes]:
            if len(cells[1]) >= 4:
                pictures.append(Artist("image", cells[:2], base_tol, cells[2]))
        for vertices in ax.regions:  # shaded sides: judged where the data are, not beyond
            inside = vertices if box is None else vertices[_in_box(vertices, box)]
            if len(inside) >= 3:
                pictures.append(Artist("region", inside, base_tol))
        for artist in pictures:
            if not len(artist.points()):
                found.empty.append(artist)
                continue
            needed = fitting_tolerance(artist, boundary)
            if needed is None and contour_levels_shown(artist, boundary):
                found.levels.append(artist)  # true level lines of this model: beside a boundary, a bonus
            elif needed is None:
                found.wrong.append(artist)
            elif needed > max_tol:
                found.coarse.append(artist)
            else:
                proven(artist)
    for artist in parallel:
        partner = any(abs(other.offset + artist.offset) <= base_tol for other in parallel if other is not artist)
        if not (partner and found.good):
            found.wrong.append(artist)
    if not found.good:
        found.wrong += found.levels  # level lines with no boundary drawn: another level was taken for it
    return found


FIELD_NAMES = {"z": "w·x + b", "p": "σ(w·x + b)", "label": "the label"}


def likely_field(values):
    """What a picture's values most likely are: 0/1 labels, probabilities, or logits."""
    values = np.asarray(values, float)
    values = values[np.isfinite(values)]
    if len(values) and np.isin(values, (0.0, 1.0)).all() and len(values) > 2:
        return "label"
    return "p" if len(values) and values.min() >= 0 and values.max() <= 1 else "z"


def disagreement(artist, boundary):
    """(point, what the artist shows there, what the model has there): its worst point, for a message.

    A line is read as a claim that w·x + b = 0 along it; a contour or an image as a picture of
    the field (z, σ(z) or the label) it agrees with most.
    """
    from graders.compare import formatting as fmt

    points = artist.points()
    if not len(points):
        return np.zeros(2), "nothing", "nothing"
    z = points @ boundary.normal + boundary.b
    if artist.kind == "line":
        i = int(np.argmax(np.abs(z)))
        return points[i], "the boundary", f"w·x + b = {fmt.number(z[i])} (0 on the boundary)"
    if artist.kind == "region":
        side = np.sign(np.median(z)) or 1.0
        off = np.where(np.sign(z) == -side, np.abs(z), 0.0)
        i = int(np.argmax(off)) if off.max() > 0 else int(np.argmin(np.abs(z)))
        return points[i], "the edge of the shaded side", f"w·x + b = {fmt.number(z[i])} (0 on the boundary)"
    truth = {"z": z, "p": 1 / (1 + np.exp(-z)), "label": (z >= 0).astype(float)}
    if artist.kind == "contour":
        levels = np.asarray(artist.data.levels, float)
        plausible = ["p", "label"] if levels.min() >= 0 and levels.max() <= 1 else ["label", "z"]
        field = max(plausible, key=lambda f: contour_agreement(artist.data, boundary, f, artist.tol))
        worst, shown = (-1.0, 0), ""
        for vertices, lo, hi in bands(artist.data):
            zs = vertices @ boundary.normal + boundary.b
            zlo, zhi = _z_bounds(lo, field), _z_bounds(hi, field)
            off = np.maximum(zlo - zs, zs - zhi)
            j = int(np.argmax(off))
            if off[j] > worst[0]:
                point = vertices[j]
                level = f"= {fmt.number(lo)}" if lo == hi else f"between {fmt.number(lo)} and {fmt.number(hi)}"
                worst, shown = (float(off[j]), point), f"{FIELD_NAMES[field]} {level}"
        point = worst[1]
        zp = float(point @ boundary.normal + boundary.b)
        value = {"z": zp, "p": 1 / (1 + np.exp(-zp)), "label": float(zp >= 0)}[field]
        return point, shown, f"{FIELD_NAMES[field]} = {fmt.number(value)}"
    centres, values = artist.data
    field = likely_field(values)
    off = np.abs(np.where(np.isfinite(values), values, np.inf) - truth[field])
    i = int(np.nanargmax(off))
    return (centres[i], f"{FIELD_NAMES[field]} = {fmt.number(values[i])}",
            f"{FIELD_NAMES[field]} = {fmt.number(truth[field][i])}")


def contour_levels_shown(artist, boundary):
    """For a line contour of the right field drawn at the wrong levels: (field, levels), else None."""
    if artist.kind != "contour" or artist.data.filled:
        return None
    fits = contour_fits(artist.data, boundary, artist.tol)
    return (fits[0], [float(v) for v in artist.data.levels]) if fits else None


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
