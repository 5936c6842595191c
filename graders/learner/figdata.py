"""Matplotlib figures as plain data: what the figure checks need, nothing executable.

``extract`` runs in the learner process and reads the artists of a Figure into
dicts of strings and float arrays. ``FigureData.from_plain`` runs in the grading
process and validates that data before any check looks at it.
"""
from dataclasses import dataclass, field

import numpy as np

MAX_AXES = 50
MAX_ARTISTS = 200
MAX_POINTS = 2_000_000  # vertices, offsets and cells in one figure, all together
CLOSEPOLY = 79  # matplotlib.path.Path.CLOSEPOLY: its vertex is a dummy


# ------------------------------------------------------------------ learner side

def _all_axes(fig):
    """The axes of a figure and of its subfigures, at any depth."""
    found, todo = [], [fig]
    while todo and len(found) < MAX_AXES:
        current = todo.pop(0)
        found += [ax for ax in current.axes if not any(ax is seen for seen in found)]
        todo += list(getattr(current, "subfigs", []))
    return found[:MAX_AXES]


def extract(fig):
    """Read a matplotlib Figure into plain data."""
    axes = []
    for ax in _all_axes(fig):
        axes.append(_axes(ax, fig))
    suptitle = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) is not None else ""
    return {"axes": axes, "suptitle": suptitle}


def _axes(ax, fig):
    from matplotlib.collections import PathCollection, PolyCollection, QuadMesh
    from matplotlib.contour import ContourSet
    from matplotlib.quiver import Quiver

    spec = None
    try:
        ss = ax.get_subplotspec()
        if ss is not None:
            rows, cols, start, stop = ss.get_geometry()
            spec = [int(rows), int(cols), int(start), int(stop)]
    except Exception:
        spec = None
    out = {
        "title": " ".join(t for t in (ax.get_title("left"), ax.get_title(), ax.get_title("right")) if t),
        "xlabel": ax.get_xlabel(),
        "ylabel": ax.get_ylabel(),
        "xlim": np.asarray(ax.get_xlim(), dtype=float),
        "ylim": np.asarray(ax.get_ylim(), dtype=float),
        # In the whole figure's coordinates, so that axes of subfigures line up with each other.
        "position": np.asarray(ax.bbox.transformed(fig.transFigure.inverted()).bounds, dtype=float),
        "subplot": spec,
        "is_colorbar": hasattr(ax, "_colorbar"),
        "lines": [], "scatters": [], "contours": [], "quivers": [], "images": [], "meshes": [], "regions": [],
    }
    for line in ax.get_lines()[:MAX_ARTISTS]:
        out["lines"].append({"xy": _line_points(ax, line), "drawn": _drawn(line), "marker": _has_marker(line),
                             "style": _line_style(line)})
    for coll in list(ax.collections)[:MAX_ARTISTS]:
        if isinstance(coll, ContourSet):
            out["contours"].append(_contour(coll))
        elif isinstance(coll, Quiver):
            out["quivers"].append({
                "X": np.asarray(coll.X, dtype=float).ravel(),
                "Y": np.asarray(coll.Y, dtype=float).ravel(),
                "U": np.ma.filled(np.ma.asarray(coll.U, dtype=float), np.nan).ravel(),
                "V": np.ma.filled(np.ma.asarray(coll.V, dtype=float), np.nan).ravel(),
            })
        elif isinstance(coll, QuadMesh) or hasattr(coll, "get_coordinates"):  # pcolormesh, and pcolor's PolyQuadMesh
            coords = np.asarray(coll.get_coordinates(), dtype=float)
            values = np.ma.filled(np.ma.asarray(coll.get_array(), dtype=float), np.nan)
            out["meshes"].append({"coords": coords, "values": values})
        elif isinstance(coll, PolyCollection):  # fill_between, fill: shaded regions
            for path in coll.get_paths()[:MAX_ARTISTS]:
                out["regions"].append(np.asarray(path.vertices, dtype=float).reshape(-1, 2))
        elif isinstance(coll, PathCollection):
            coll.update_scalarmappable()  # resolve c=labels into per-point colours
            values = coll.get_array()
            out["scatters"].append({
                "offsets": np.ma.filled(np.ma.asarray(coll.get_offsets(), dtype=float), np.nan),
                "colors": np.asarray(coll.get_facecolors(), dtype=float),
                "edges": np.asarray(coll.get_edgecolors(), dtype=float),
                "values": None if values is None else np.ma.filled(np.ma.asarray(values, dtype=float), np.nan),
            })
    for image in ax.get_images()[:MAX_ARTISTS]:
        arr = np.asarray(image.get_array(), dtype=float) if image.get_array() is not None else np.zeros((0, 0))
        out["images"].append({
            "values": arr,
            "extent": np.asarray(image.get_extent(), dtype=float),
            "origin": str(image.origin),
        })
    return out


def _drawn(line):
    """Is the line itself drawn (not only its markers)?"""
    return str(line.get_linestyle()).lower() not in ("none", "", " ") and float(line.get_linewidth() or 0) > 0


def _has_marker(line):
    return str(line.get_marker()).lower() not in ("none", "", " ")


def _line_points(ax, line):
    """A line's points in data coordinates, whatever transform it was drawn with."""
    from matplotlib.lines import AxLine

    if isinstance(line, AxLine):  # ax.axline: two points, or a point and a slope, in data coordinates
        x1, y1 = line.get_xy1()
        second = line.get_xy2()
        if second is None:
            slope = line.get_slope()
            second = (x1, y1 + 1.0) if np.isinf(slope) else (x1 + 1.0, y1 + slope)
        start, step = np.array([x1, y1], dtype=float), np.asarray(second, dtype=float) - [x1, y1]
        step = step / (np.linalg.norm(step) or 1.0)
        return np.array([start - 1e3 * step, start + 1e3 * step])  # an infinite line: far both ways
    xy = np.asarray(line.get_xydata(), dtype=float).reshape(-1, 2)
    transform = line.get_transform()
    if transform != ax.transData:  # axhline, axvline: partly in axes-fraction coordinates
        xy = ax.transData.inverted().transform(transform.transform(xy))
    return xy


def _line_style(line):
    """What tells one line's markers from another's: colour, marker and its face and edge colours."""
    from matplotlib.colors import to_rgba

    def rgba(value):
        try:
            return [float(v) for v in to_rgba(value)]
        except (ValueError, TypeError):
            return [0.0, 0.0, 0.0, 0.0]

    marker = sum(ord(c) * (i + 1) for i, c in enumerate(str(line.get_marker())[:20]))  # the same on every run
    return np.array([*rgba(line.get_color()), *rgba(line.get_markerfacecolor()), *rgba(line.get_markeredgecolor()),
                     float(marker)], dtype=float)


def _contour(cs):
    levels = np.asarray(cs.levels, dtype=float)
    if cs.filled and len(getattr(cs, "_levels", ())) == len(cs.get_paths()) + 1:
        # With extend="both" (or "min", "max") the bands run to ±infinity beyond the levels.
        levels = np.clip(np.asarray(cs._levels, dtype=float), -np.inf, np.inf)
        levels[np.abs(levels) >= 1e200] = np.sign(levels[np.abs(levels) >= 1e200]) * np.inf
    paths = []
    for path in cs.get_paths()[:MAX_ARTISTS]:
        vertices = np.asarray(path.vertices, dtype=float)
        if path.codes is not None:
            vertices = vertices[np.asarray(path.codes) != CLOSEPOLY]
        paths.append(vertices.reshape(-1, 2))
    return {"filled": bool(cs.filled), "levels": levels, "paths": paths}


# ------------------------------------------------------------------ grading side

class FigureDataError(ValueError):
    """The learner process sent figure data that does not have the expected form."""


def _array(value, ndim=None, last=None):
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "biuf":
        raise FigureDataError("figure data holds something that is not a number array")
    value = value.astype(float)
    if ndim is not None and value.ndim != ndim:
        raise FigureDataError("figure data array of the wrong rank")
    if last is not None and value.shape[-1] != last:
        raise FigureDataError("figure data array of the wrong shape")
    return value


def _text(value):
    if not isinstance(value, str):
        raise FigureDataError("figure text is not a string")
    return value[:500]


def _items(value):
    if not isinstance(value, list) or len(value) > MAX_ARTISTS:
        raise FigureDataError("figure data list malformed")
    return value


@dataclass
class Line:
    xy: np.ndarray  # (n, 2) points in data coordinates
    drawn: bool = True  # a line is drawn between the points (False: markers only)
    marker: bool = False
    style: tuple = ()  # what its markers look like (colours, marker), to tell groups of points apart


@dataclass
class Contour:
    filled: bool
    levels: np.ndarray
    paths: list  # one (n, 2) vertex array per level (lines) or per band (filled)


@dataclass
class Axes:
    title: str
    xlabel: str
    ylabel: str
    xlim: np.ndarray
    ylim: np.ndarray
    position: np.ndarray  # left, bottom, width, height in figure coordinates
    subplot: tuple | None  # (rows, cols, start, stop) of its grid, if it has one
    is_colorbar: bool
    lines: list = field(default_factory=list)  # Line
    scatters: list = field(default_factory=list)  # dicts: offsets, colors, values
    contours: list = field(default_factory=list)  # Contour
    quivers: list = field(default_factory=list)  # dicts: X, Y, U, V
    images: list = field(default_factory=list)  # dicts: values, extent, origin
    meshes: list = field(default_factory=list)  # dicts: coords, values
    regions: list = field(default_factory=list)  # (n, 2) vertex arrays of shaded polygons (fill_between)

    @property
    def has_data(self):
        return any((self.lines, self.scatters, self.contours, self.quivers, self.images, self.meshes, self.regions))


@dataclass
class FigureData:
    axes: list
    suptitle: str = ""

    @property
    def plot_axes(self):
        """The axes that hold plots (colorbars left out)."""
        return [ax for ax in self.axes if not ax.is_colorbar]

    @classmethod
    def from_plain(cls, plain):
        if not isinstance(plain, dict):
            raise FigureDataError("figure data malformed")
        axes = []
        for raw in _items(plain.get("axes")):
            if not isinstance(raw, dict):
                raise FigureDataError("figure data malformed")
            subplot = raw.get("subplot")
            if subplot is not None:
                if not (isinstance(subplot, list) and len(subplot) == 4 and all(type(v) is int for v in subplot)):
                    raise FigureDataError("subplot geometry malformed")
                subplot = tuple(subplot)
            ax = Axes(
                title=_text(raw.get("title")), xlabel=_text(raw.get("xlabel")), ylabel=_text(raw.get("ylabel")),
                xlim=_array(raw.get("xlim"), 1), ylim=_array(raw.get("ylim"), 1),
                position=_array(raw.get("position"), 1), subplot=subplot,
                is_colorbar=raw.get("is_colorbar") is True,
            )
            for line in _items(raw.get("lines")):
                if not isinstance(line, dict):
                    raise FigureDataError("figure line malformed")
                style = line.get("style")
                style = tuple(float(v) for v in _array(style, 1)) if isinstance(style, np.ndarray) else ()
                ax.lines.append(Line(_array(line.get("xy"), 2, 2), line.get("drawn") is True,
                                     line.get("marker") is True, style))
            for s in _items(raw.get("scatters")):
                values = s.get("values")
                ax.scatters.append({
                    "offsets": _array(s.get("offsets"), 2, 2),
                    "colors": _array(s.get("colors"), 2),
                    "edges": _array(s.get("edges"), 2) if s.get("edges") is not None else np.zeros((0, 4)),
                    "values": None if values is None else _array(values).ravel(),
                })
            for c in _items(raw.get("contours")):
                ax.contours.append(Contour(
                    filled=c.get("filled") is True,
                    levels=_array(c.get("levels"), 1),
                    paths=[_array(p, 2, 2) for p in _items(c.get("paths"))],
                ))
            for q in _items(raw.get("quivers")):
                ax.quivers.append({k: _array(q.get(k), 1) for k in ("X", "Y", "U", "V")})
            for im in _items(raw.get("images")):
                ax.images.append({"values": _array(im.get("values")), "extent": _array(im.get("extent"), 1),
                                  "origin": _text(im.get("origin"))})
            ax.regions = [_array(r, 2, 2) for r in _items(raw.get("regions", []))]
            for m in _items(raw.get("meshes")):
                ax.meshes.append({"coords": _array(m.get("coords"), 3, 2), "values": _array(m.get("values"))})
            axes.append(ax)
        points = sum(a.size for ax in axes for a in _arrays(ax))
        if points > 2 * MAX_POINTS:
            raise FigureDataError(f"the figure holds more than {MAX_POINTS:,} points")
        return cls(axes=axes, suptitle=_text(plain.get("suptitle", "")))


def _arrays(ax):
    yield from (line.xy for line in ax.lines)
    yield from ax.regions
    for group in (ax.scatters, ax.quivers, ax.images, ax.meshes):
        for item in group:
            yield from (v for v in item.values() if isinstance(v, np.ndarray))
    for contour in ax.contours:
        yield from contour.paths
