"""``python -m graders report``: one self-contained HTML page with every check and pictures.

The learner's own figures are drawn inside the learner process (to PNG: a picture is
never a score); the references, the loss curve, the confusion matrix and the heat maps of
failed gradient checks are drawn here. Every image is embedded, so the page is a single
file that opens anywhere, without a network.
"""
import base64
import io
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from graders.grading import report
from graders.compare import gradcheck

STATUS = {"passed": ("PASS", "pass"), "failed": ("FAIL", "fail"), "skipped": ("SKIP", "skip"),
          "not_submitted": ("MISS", "skip")}
TEMPLATES = Path(__file__).with_name("templates")


@dataclass
class Picture:
    title: str
    caption: str
    png: bytes | None = None
    missing: str = ""  # why there is no picture


def figure_png(fig):
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=72, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def learner_picture(run, session, function, args, title, caption, **kwargs):
    module = run.week.session(session).module_of(function)
    outcome = run.process.call(module, function, args, kwargs, timeout=10, render=True)
    if outcome.error is not None:
        why = run.explain_error(run.week.session(session), function, outcome.error, {})
        return Picture(title, caption, missing=why)
    if not isinstance(outcome.value, bytes):
        return Picture(title, caption, missing=f"`{function}` did not return a matplotlib Figure.")
    return Picture(title, caption, bytes(outcome.value))


def learner_value(run, session, function, *args, **kwargs):
    module = run.week.session(session).module_of(function)
    outcome = run.process.call(module, function, args, kwargs, timeout=10)
    return None if outcome.error is not None else outcome.value


def _heatmap(detail):
    """Where a gradient and its finite differences disagree: relative error per entry."""
    plt = pyplot()
    error = np.atleast_2d(gradcheck.relative_error(detail["yours"], detail["numeric"]))
    fig, ax = plt.subplots(figsize=(max(3.5, 0.7 * error.shape[1] + 1.5), 0.9 * error.shape[0] + 1.6))
    image = ax.imshow(error, cmap="magma_r", vmin=0, vmax=1, aspect="auto")
    for (row, col), value in np.ndenumerate(error):
        ax.text(col, row, f"{value:.2g}", ha="center", va="center", fontsize=8,
                color="white" if value > 0.5 else "black")
    if detail.get("labels") and error.shape[0] == 1:
        ax.set_xticks(range(error.shape[1]), detail["labels"], rotation=45, ha="right")
    ax.set_yticks([])
    fig.colorbar(image, ax=ax, label="relative error")
    ax.set_title(f"{detail['title']}: yours against finite differences")
    return figure_png(fig)


def heatmaps(run):
    """A heat map for every failed check that reported a gradient against finite differences."""
    shown = []
    for score in run.scores():
        for result in score.results:
            detail = result.details.get("heatmap") if result.status == "failed" else None
            if detail:
                shown.append(Picture(f"Where {result.spec.function} differs from finite differences",
                                     f"{result.spec.id} failed. Each cell is one entry's relative error "
                                     "|yours − numeric| / (|yours| + |numeric|): 0 is right, 1 is completely off.",
                                     _heatmap(detail)))
    return shown


def week_pictures(run, sessions):
    """The week's own pictures, from the ``pictures`` module of its package if it has one."""
    import importlib

    try:
        module = importlib.import_module(f"{run.week.package}.pictures")
    except ModuleNotFoundError:
        return []
    return module.pictures(run, sessions)


def page(run, scores, shown, shown_root):
    """The page, from templates/report.html.j2 (its CSS and script beside it, inlined)."""
    import jinja2

    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                                     undefined=jinja2.StrictUndefined)
    environment.filters["base64"] = lambda data: base64.b64encode(data).decode()
    verdicts = [report.verdict(score, run.week, [s.session.id for s in scores]) for score in scores]
    overall = report.week_verdict(scores, run.week)
    return environment.get_template("report.html.j2").render(
        week=run.week, seed=run.seed, shown_root=shown_root, made=time.strftime("%Y-%m-%d %H:%M"),
        verdicts=verdicts + ([overall] if overall else []), pictures=shown, scores=scores, status=STATUS)


def build(week, root, sessions, seed, shown_root):
    """The report page's HTML for one submission."""
    from graders.grading.runner import GradingRun

    with GradingRun(week, root, sessions, seed=seed, shown_root=shown_root) as run:
        scores = run.scores()
        shown = week_pictures(run, sessions) + heatmaps(run)
    return page(run, scores, shown, shown_root), all(s.complete for s in scores)
