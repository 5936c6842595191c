"""``python -m graders report``: one self-contained HTML page with every check and pictures.

The learner's own figures are drawn inside the learner process (to PNG: a picture is
never a score); the references, the loss curve, the confusion matrix and the heat maps of
failed gradient checks are drawn here. Every image is embedded, so the page is a single
file that opens anywhere, without a network.
"""
import base64
import html
import io
import time
from dataclasses import dataclass

import numpy as np

from graders.grading import report
from graders.compare import gradcheck

STATUS = {"passed": ("PASS", "pass"), "failed": ("FAIL", "fail"), "skipped": ("SKIP", "skip")}


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


CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; } td { padding: .35rem .5rem; vertical-align: top; border-bottom: 1px solid #eee; }
.chip { font-weight: 600; font-size: .8rem; padding: .1rem .45rem; border-radius: .3rem; }
.pass { background: #d8f3dc; color: #1b5e20; } .fail { background: #ffd6d6; color: #8b0000; } .skip { background: #eee; color: #555; }
.message { white-space: pre-wrap; font-size: .9rem; margin: .3rem 0; } .hint { color: #555; font-size: .9rem; }
.pictures { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1.2rem; }
figure { margin: 0; border: 1px solid #e4e4e4; border-radius: .4rem; padding: .6rem; }
figure img { max-width: 100%; display: block; margin: 0 auto; } figcaption { font-size: .85rem; color: #444; }
.missing { color: #8b0000; font-size: .9rem; } .verdict { font-size: 1.1rem; font-weight: 600; }
"""

# Marks each picture as loaded or broken (and says so on the page), and counts them in the title.
SCRIPT = """
window.addEventListener("load", () => {
  const images = [...document.querySelectorAll("figure img")];
  const loaded = images.filter(i => i.complete && i.naturalWidth > 0);
  images.forEach(i => i.dataset.state = (i.complete && i.naturalWidth > 0) ? "loaded" : "broken");
  document.title += ` (${loaded.length} of ${images.length} pictures)`;
});
"""


def page(run, scores, shown, shown_root):
    e = html.escape
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
           f"<title>{e(run.week.title)}: grading report</title><style>{CSS}</style>",
           f"<script>{SCRIPT}</script></head><body>",
           f"<h1>{e(run.week.title)}</h1>",
           f"<p>{e(shown_root)} · seed {run.seed} · {time.strftime('%Y-%m-%d %H:%M')}</p>"]
    for score in scores:
        out.append(f"<p class='verdict'>{e(report.verdict(score, run.week, [s.session.id for s in scores]))}</p>")
    overall = report.week_verdict(scores, run.week)
    if overall:
        out.append(f"<p class='verdict'>{e(overall)}</p>")
    out.append("<h2>Pictures</h2><div class='pictures'>")
    for picture in shown:
        out.append(f"<figure><strong>{e(picture.title)}</strong>")
        if picture.png:
            data = base64.b64encode(picture.png).decode()
            out.append(f"<img alt='{e(picture.title)}' src='data:image/png;base64,{data}'>")
        else:
            out.append(f"<p class='missing'>No picture: {e(picture.missing)}</p>")
        out.append(f"<figcaption>{e(picture.caption)}</figcaption></figure>")
    out.append("</div>")
    for score in scores:
        out.append(f"<h2>{e(score.session.name)}: {e(score.session.title)} ({score.earned}/{score.max_points})</h2><table>")
        for result in score.results:
            word, css = STATUS[result.status]
            detail = ""
            if result.status != "passed":
                detail = f"<div class='message'>{e(result.feedback)}</div>"
                if result.hint:
                    detail += f"<div class='hint'>Hint: {e(result.hint)}</div>"
            out.append(f"<tr><td><span class='chip {css}'>{word}</span></td><td>{result.earned}/{result.spec.points}</td>"
                       f"<td><code>{e(result.spec.id)}</code><br>{e(result.spec.title)}{detail}</td></tr>")
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def build(week, root, sessions, seed, shown_root):
    """The report page's HTML for one submission."""
    from graders.grading.runner import GradingRun

    with GradingRun(week, root, sessions, seed=seed, shown_root=shown_root) as run:
        scores = run.scores()
        shown = week_pictures(run, sessions) + heatmaps(run)
    return page(run, scores, shown, shown_root), all(s.complete for s in scores)
