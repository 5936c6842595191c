"""Shared fixtures: the week, grader seeds (fixed and random), submissions built from snippets."""
import os
import random
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOLUTIONS = REPO / "solutions"
EXERCISES = REPO / "exercises"
# A second, tiny week lives in tests/weeks/ and is installed beside m01w02 for the whole run
# (in this process and every process it starts), so that every command is tried with two.
WEEKS = Path(__file__).resolve().parent / "weeks"
FIXTURE_WEEK = WEEKS / "t00w01"
os.environ["GRADERS_WEEKS"] = os.pathsep.join(p for p in (str(WEEKS), os.environ.get("GRADERS_WEEKS", "")) if p)
# A learner who works in the .py files only: the notebooks beside them left out.
PY_ONLY = shutil.ignore_patterns("__pycache__", "*.ipynb")

# Every grading test runs with a fixed seed and with a random one (printed in the header,
# and reusable: GRADER_SEED=N pytest ...), so that hard-coded inputs cannot hide a bug.
RANDOM_SEED = int(os.environ.get("GRADER_SEED") or random.SystemRandom().randrange(1_000_000))
SEEDS = [20261126, pytest.param(RANDOM_SEED, marks=pytest.mark.slow)]


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true",
                     help="also run the slow tests: whole grading processes, and every grading test "
                          "again with a random seed (CI runs them)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_report_header(config):
    seeds = f"20261126 and {RANDOM_SEED} (random; GRADER_SEED=N repeats it)"
    return f"grader seeds: {seeds if config.getoption('--slow') else '20261126 (add --slow for a random one too)'}"


@pytest.fixture(scope="session")
def week():
    from graders import course

    return course.week_for(SOLUTIONS)


@pytest.fixture(scope="session")
def fixture_week():
    from graders import course

    return course.get("t00w01")


@pytest.fixture(params=SEEDS, ids=lambda s: "fixed-seed" if s == 20261126 else "random-seed")
def seed(request):
    return request.param


def copy_solutions(target: Path) -> Path:
    shutil.copytree(SOLUTIONS, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def append_to_module(root: Path, dotted: str, code: str) -> Path:
    """Add code at the end of a module: later definitions replace earlier ones."""
    path = root / (dotted.replace(".", "/") + ".py")
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + code, encoding="utf-8")
    return path


@pytest.fixture
def submission(tmp_path):
    """A copy of the references that a test may change: submission(**{"session_b.bce": code})."""
    def build(**changes):
        root = copy_solutions(tmp_path / "learner")
        for dotted, code in changes.items():
            append_to_module(root, dotted, code)
        return root
    return build


def make_deep_chain(top: Path, depth: int, name="d") -> Path:
    """``top/d/d/…/d``, ``depth`` levels, made one level at a time (pathlib recurses)."""
    folder = top
    for _ in range(depth):
        folder = folder / name
        folder.mkdir()
    return folder


def remove_deep_chain(top: Path, name="d"):
    """Remove a chain made by make_deep_chain without recursion (shutil.rmtree and pytest's
    own clean-up of old temporary folders recurse, and stop at a thousand levels)."""
    chain = []
    folder = top / name
    while folder.is_dir() and not folder.is_symlink():
        chain.append(folder)
        folder = folder / name
    for folder in reversed(chain):
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()
