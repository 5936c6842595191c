"""``report``: one self-contained page, pictures embedded, shown by a real headless Chromium."""
import html
import os
import re
import shutil
import subprocess
import sys

import numpy as np
import pytest

from graders.grading import html_report

from .conftest import EXERCISES, REPO, SOLUTIONS, append_to_module, copy_solutions

SEED = 20261126
EMBEDDED = re.compile(r"<img alt='([^']*)' src='data:image/png;base64,")


def titles_in(page):
    """The titles of the embedded pictures, as a reader sees them (however the HTML escapes them)."""
    return [html.unescape(t) for t in EMBEDDED.findall(page)]


def page_of(week, root, sessions=("session_a", "session_b", "session_c")):
    return html_report.build(week, root, list(sessions), SEED, root.name)


def test_references_page_has_every_picture_and_every_check(week):
    page, complete = page_of(week, SOLUTIONS)
    assert complete
    titles = titles_in(page)
    assert {"Gradient field", "Your decision boundary", "The reference's", "The loss during training",
            "Watching it learn", "Confusion matrix", "The reference's counts"} <= set(titles)
    assert "No picture" not in page and "http" not in page.split("<body>", 1)[1]  # nothing to fetch
    assert page.count("chip pass") == len(week.checks)


def test_a_wrong_gradient_gets_a_heat_map_and_its_message(week, tmp_path):
    root = copy_solutions(tmp_path / "sub")
    append_to_module(root, "session_b.bce", "def bce_grad_z(z, y):\n    return y - sigmoid(z)\n")
    page, complete = page_of(week, root, ["session_b"])
    assert not complete
    assert "Where bce_grad_z differs from finite differences" in titles_in(page)
    assert "σ(z) − y" in page and "chip fail" in page


def test_stubs_give_a_page_that_says_why_each_picture_is_missing(week):
    page, complete = page_of(week, EXERCISES, ["session_b"])
    assert not complete
    assert "No picture:" in page and "not written yet" in page
    assert "The reference's" in titles_in(page)  # the grader's own pictures still show


def test_a_figure_function_that_crashes_or_returns_junk_is_named(week, tmp_path):
    root = copy_solutions(tmp_path / "sub")
    append_to_module(root, "session_b.train", "def decision_boundary_figure(X, y, w, b):\n    return 42\n")
    append_to_module(root, "session_b.animation", "def snapshot_grid_figure(X, y, s, iterations=(0,)):\n"
                                                  "    raise ValueError('oops')\n")
    page, _ = page_of(week, root, ["session_b"])
    assert "`decision_boundary_figure` did not return a matplotlib Figure." in page
    assert "ValueError" in page and "oops" in page


def test_heat_map_of_agreeing_gradients_is_all_zero():
    detail = {"title": "dL/dz", "yours": [0.1, -0.2], "numeric": [0.1, -0.2]}
    png = html_report._heatmap(detail)
    assert png.startswith(b"\x89PNG")


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--virtual-time-budget=5000"]


@pytest.mark.slow
@pytest.mark.parametrize("submission, complete", [("solutions", True), ("exercises", False)])
def test_the_page_opens_in_chromium_with_every_picture_loaded(tmp_path, submission, complete):
    if chromium() is None:
        # CI installs Chromium and sets GRADERS_REQUIRE_CHROMIUM, so there a missing browser is a failure.
        (pytest.fail if os.environ.get("GRADERS_REQUIRE_CHROMIUM") else pytest.skip)(
            "needs Chromium: apt-get install -y chromium")
    target = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-m", "graders", "report", "--submission", submission,
                           "--output", str(target), "--seed", str(SEED)],
                          capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == (0 if complete else 1), done.stderr
    assert target.is_file() and "Traceback" not in done.stderr

    def browse(*args):
        return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
                               target.as_uri()], capture_output=True, text=True, cwd=tmp_path, timeout=120)

    dom = browse("--dump-dom").stdout
    shown = len(EMBEDDED.findall(target.read_text(encoding="utf-8")))
    assert shown >= (7 if complete else 3)
    assert f"({shown} of {shown} pictures)" in dom, dom[:400]
    assert dom.count('data-state="loaded"') == shown and 'data-state="broken"' not in dom

    screenshot = tmp_path / "page.png"
    browse(f"--screenshot={screenshot}", "--window-size=1280,2400")
    import matplotlib.image

    pixels = matplotlib.image.imread(screenshot)[..., :3]
    assert pixels.shape[:2] == (2400, 1280)
    # Pictures are in colour; the page around them is black on white. A page whose images did not
    # load would have (almost) no saturated pixels.
    saturation = pixels.max(axis=2) - pixels.min(axis=2)
    assert np.mean(saturation > 0.25) > 0.02
