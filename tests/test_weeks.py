"""Two weeks installed: m01w02 and the fixture week t00w01 (tests/weeks/), each driven through
every command, resolved in one place, and the fixture living in its own folder only."""
import ast
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import graders
from graders import course
from graders.authoring import check_week, scaffold
from graders.course import installed
from graders.course.week import CourseError, Week, read_toml

from .conftest import EXERCISES, FIXTURE_WEEK, REPO, SOLUTIONS, WEEKS

FIXTURE_SOLUTIONS = FIXTURE_WEEK / "solutions"
FIXTURE_EXERCISES = FIXTURE_WEEK / "exercises"
SIGN_FLIP = "\n\ndef softmax_ce_grad(z, y):\n    return np.asarray(y, dtype=float) - softmax(z)\n"


def graders_command(*args, cwd=REPO, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", "graders", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=env)


def fixture_copy(target, base=FIXTURE_SOLUTIONS, append=""):
    shutil.copytree(base, target, ignore=shutil.ignore_patterns("__pycache__", "*.ipynb"))
    if append:
        module = target / "day_1" / "softmax.py"
        module.write_text(module.read_text() + append)
    return target


# ---------------------------------------------------------------- one place resolves the week


def test_both_weeks_are_installed_and_each_folder_finds_its_own():
    assert {"m01w02", "t00w01"} <= set(installed.catalog())
    assert course.resolve(root=FIXTURE_EXERCISES).id == "t00w01"
    assert course.resolve(root=FIXTURE_SOLUTIONS).id == "t00w01"  # no marker: by its contract
    assert course.resolve(root=EXERCISES).id == "m01w02" == course.resolve(root=SOLUTIONS).id
    assert course.resolve("t00w01", root=EXERCISES).id == "t00w01"  # --week wins


def installed_weeks():
    """The installed weeks as messages list them (m01w02, t00w01, and any week dropped in beside them)."""
    return ", ".join(sorted(installed.catalog()))


def test_without_a_folder_two_weeks_are_a_one_line_error_that_lists_them():
    with pytest.raises(course.WeekError) as raised:
        course.resolve()
    assert f"more than one week is installed ({installed_weeks()})" in str(raised.value)
    assert str(raised.value).endswith("--week ID") and "m01w02, " in str(raised.value)
    with pytest.raises(course.WeekError) as raised:
        course.resolve("nope")
    assert str(raised.value) == f"no week 'nope' is installed; the installed weeks are {installed_weeks()}"


def test_the_best_match_wins_not_the_first_and_a_tie_is_no_match(tmp_path):
    fixture_copy(tmp_path / "mixed")
    for module in ("bce", "train"):
        (tmp_path / "mixed" / "session_b").mkdir(exist_ok=True)
        shutil.copy(SOLUTIONS / "session_b" / f"{module}.py", tmp_path / "mixed" / "session_b")
    assert course.resolve(root=tmp_path / "mixed").id == "m01w02"  # two of its modules against one
    (tmp_path / "mixed" / "session_b" / "train.py").unlink()
    assert installed.claim(tmp_path / "mixed") is None
    with pytest.raises(course.WeekError, match="does not say which one it is"):
        course.resolve(root=tmp_path / "mixed")


def test_a_marker_names_the_week_and_a_strange_one_is_ignored(tmp_path):
    folder = fixture_copy(tmp_path / "work")
    (folder / installed.MARKER).write_text("# a comment\nm01w02\n")
    assert course.resolve(root=folder).id == "m01w02"
    (folder / installed.MARKER).write_text("../../etc/passwd\n")
    assert course.resolve(root=folder).id == "t00w01"
    (folder / installed.MARKER).unlink()
    (folder / installed.MARKER).symlink_to(EXERCISES / installed.MARKER)
    assert course.resolve(root=folder).id == "t00w01"


def test_a_notebook_names_its_week_in_its_metadata():
    released = FIXTURE_EXERCISES / "01-softmax.ipynb"
    assert json.loads(released.read_text())["metadata"]["graders"]["week"] == "t00w01"
    assert course.resolve(notebooks=[released]).id == "t00w01"
    assert course.resolve(notebooks=[EXERCISES / "01-chain-rule.ipynb"]).id == "m01w02"


def test_a_session_folder_names_its_session_in_each_weeks_own_words(fixture_week):
    session = fixture_week.session("day_1")
    assert (session.name, session.key) == ("Day 1", "1")
    assert all(session.answers_to(text) for text in ("1", "day_1", "Day 1", "day 1"))
    assert not session.answers_to("b")


# ---------------------------------------------------------------- the machinery's vocabulary


def test_the_machinerys_pitfalls_belong_to_every_week(week, fixture_week):
    shared = set(read_toml(graders.course.week.MACHINERY_PITFALLS)["pitfalls"])
    assert shared <= set(fixture_week.pitfalls) and shared <= set(week.pitfalls)
    # m01w02 words its from-scratch rule for its own exercise; the fixture keeps the shared words
    assert "sklearn" in week.pitfalls["library_instead_of_scratch"].explain
    assert "sklearn" not in fixture_week.pitfalls["library_instead_of_scratch"].explain


def test_a_mistake_the_machinery_recognises_is_named_for_the_fixture_week_too(fixture_week, tmp_path):
    from graders.grading.runner import GradingRun

    folder = fixture_copy(tmp_path / "work", append="\n\ndef softmax(z):\n    z -= z.max()\n"
                                                    "    return np.exp(z) / np.exp(z).sum()\n")
    module = folder / "day_1" / "softmax.py"
    module.write_text(module.read_text().replace("return sp.exp(x) + x * sp.exp(x)",
                                                 "return sp.diff(x * sp.exp(x), x)"))
    with GradingRun(fixture_week, folder, seed=3) as run:
        results = {r.spec.short: r for r in run.scores()[0].results}
    assert results["softmax.values"].pitfall.id == "mutates_input"
    assert "Likely mistake, an input changed in place" in results["softmax.values"].feedback
    assert results["d_x_exp_x"].pitfall.id == "sympy_did_the_calculus"
    assert results["softmax_ce_grad"].details["blocked_by"] == "softmax.values"  # it requires softmax


def _fixture_data():
    return read_toml(FIXTURE_WEEK / "week.toml")


@pytest.mark.parametrize("change, says", [
    (lambda d, i: d["session"][0]["check"][0].update(hints=[]), "softmax.values needs one to three hints"),
    (lambda d, i: i.pop("day_1.softmax_ce_grad"), "day_1.softmax_ce_grad has no implementation"),
    (lambda d, i: i.update({"day_1.extra": lambda t: None}), "implemented but not declared in week.toml: day_1.extra"),
    (lambda d, i: d["session"][0]["modules"]["softmax"].append("log_softmax(z)"),
     "log_softmax in the contract of day_1 is graded by no check"),
    (lambda d, i: d["recall"][0]["mistakes"].update(no_such_pitfall="p"), "names unknown pitfalls no_such_pitfall"),
    (lambda d, i: d["session"][0]["check"][1].update(requires=["d_x_exp_x"]), "which is not an earlier check"),
    (lambda d, i: i.update({"day_1.softmax.values": _names_an_unknown_pitfall}),
     "names the pitfall 'no_such_mistake', which neither week.toml nor the machinery's pitfalls define"),
])
def test_an_inconsistent_week_is_refused_with_its_authors_error(fixture_week, change, says):
    data, implementations = _fixture_data(), dict(fixture_week.implementations)
    change(data, implementations)
    week = Week.from_data(data, FIXTURE_WEEK)
    week.implementations.update(implementations)
    assert any(says in problem for problem in week.problems()), week.problems()
    with pytest.raises(CourseError, match="week t00w01: "):
        week.validate()


def _names_an_unknown_pitfall(t):
    from graders.course.failure import Fail

    raise Fail("never", pitfall="no_such_mistake")


def test_the_fixture_week_lives_in_its_own_folder_only():
    machinery = [p for p in (REPO / "graders").rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    machinery += [REPO / "pyproject.toml", *(REPO / ".ci").glob("*"), *(REPO / "benchmarks").glob("*.py")]
    for path in machinery:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "t00w01" not in text and "tests/weeks" not in text, path
    env = {k: v for k, v in os.environ.items() if k != "GRADERS_WEEKS"}
    done = graders_command("grade", "--week", "t00w01", env=env)
    assert done.returncode == 2 and "no week 't00w01' is installed" in done.stderr


def test_new_week_writes_what_the_fixture_week_was_made_from(tmp_path):
    folder = scaffold.write("t00w09", tmp_path, title="A fixture week: the softmax and its gradient", notebooks=False)
    written = {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()}
    fixture = {p.relative_to(FIXTURE_WEEK).as_posix(): p.read_text() for p in FIXTURE_WEEK.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".ipynb"}
    assert written.keys() == fixture.keys()
    for name, text in written.items():
        assert text.replace("t00w09", "t00w01") == fixture[name], name


def test_new_week_refuses_an_id_that_is_taken_or_not_a_name(tmp_path):
    with pytest.raises(scaffold.ScaffoldError, match="already a week"):
        scaffold.write("t00w01", tmp_path)
    with pytest.raises(scaffold.ScaffoldError, match="cannot be a week id"):
        scaffold.write("Week 3", tmp_path)


def test_a_float32_softmax_is_right_for_the_fixture_week(fixture_week, tmp_path):
    from graders.grading.runner import GradingRun

    folder = fixture_copy(tmp_path / "f32", append="\n\ndef softmax(z):\n    z = np.asarray(z, dtype=np.float32)\n"
                                                   "    e = np.exp(z - z.max())\n    return e / e.sum()\n")
    with GradingRun(fixture_week, folder, seed=11) as run:
        assert run.result("day_1.softmax.values").passed, run.result("day_1.softmax.values").message


def test_an_equivalent_mutant_that_is_made_no_more_is_stale(fixture_week):
    from graders.authoring import mutation

    listed = {"day_1/softmax.py::softmax: gone → away": "renamed since", **mutation.load_equivalent(FIXTURE_WEEK)}
    score = mutation.Score([], listed, every_mutant=True)
    assert "day_1/softmax.py::softmax: gone → away" in score.unmatched
    assert "no such mutant is made any more" in "\n".join(score.lines())
    assert mutation.Score([], listed).unmatched == []  # a sample cannot tell


def test_a_notebook_no_template_builds_any_more_is_drift(fixture_week, tmp_path, monkeypatch):
    from graders.authoring import stubs

    exercises = shutil.copytree(FIXTURE_EXERCISES, tmp_path / "exercises")
    shutil.copy(exercises / "01-softmax.ipynb", exercises / "01-old-name.ipynb")
    monkeypatch.setattr(fixture_week, "exercises", exercises)
    assert stubs.week_drift(fixture_week) == [
        "t00w01: exercises/01-old-name.ipynb is built by no notebook template (left over from a rename?)"]


def test_the_recall_test_never_shows_one_of_its_answers_as_the_example(week, fixture_week):
    from graders.tools import recall

    for each in (week, fixture_week):
        said = []
        recall.interactive(each, ask=lambda prompt: (_ for _ in ()).throw(EOFError()), say=said.append)
        assert not any(q.answer in line for q in each.recall for line in said[:2]), said[:2]


def test_check_week_finds_the_fixture_sound_and_a_broken_reference_not(fixture_week, tmp_path, monkeypatch):
    report = check_week.check("t00w01", seeds=(1,))
    assert report.ok, "\n".join(report.lines())
    broken = fixture_copy(tmp_path / "refs", append=SIGN_FLIP)
    monkeypatch.setattr(fixture_week, "references", broken)
    report = check_week.check("t00w01", seeds=(1,))
    assert not report.ok
    text = "\n".join(report.lines())
    assert "day_1.softmax_ce_grad does not pass on the reference" in text and "differs from the stub" in text


# ---------------------------------------------------------------- every command, both weeks


pytestmark_slow = pytest.mark.slow


@pytestmark_slow
def test_grade_text_and_json_for_each_week(tmp_path):
    wrong = fixture_copy(tmp_path / "wrong", append=SIGN_FLIP)
    done = graders_command("grade", "--submission", str(wrong))
    assert done.returncode == 1, done.stderr
    assert "PASS  2/2  day_1.softmax.values" in done.stdout and "FAIL  0/3  day_1.softmax_ce_grad" in done.stdout
    assert "Likely mistake, y − p instead of p − y" in done.stdout and "Day 1: 4/7" in done.stdout
    document = json.loads(graders_command("grade", "--submission", str(wrong), "--format", "json",
                                          "--session", "1").stdout)
    assert (document["score"], document["max_score"]) == (4, 7)
    assert [t["number"] for t in document["tests"]] == ["1.1", "1.2", "1.3"]
    assert graders_command("grade", "--week", "t00w01", "--submission", str(FIXTURE_SOLUTIONS)).returncode == 0
    stubs = graders_command("grade", cwd=FIXTURE_WEEK)  # exercises/ here, with its marker
    assert stubs.returncode == 1 and "Day 1: 0/7" in stubs.stdout
    m01w02 = graders_command("grade", "--session", "b", "--seed", "4")  # the repository's own exercises/
    assert m01w02.returncode == 1 and "Session B: 0/38" in m01w02.stdout
    assert "unknown session 'b': choose one of 1" in graders_command("grade", "--week", "t00w01",
                                                                    "--session", "b").stderr


@pytestmark_slow
def test_pytest_grades_the_fixture_weeks_session_and_prints_its_report_command(tmp_path):
    work = fixture_copy(tmp_path / "exercises", FIXTURE_EXERCISES)
    shutil.copy(FIXTURE_EXERCISES / installed.MARKER, work)
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "exercises/day_1"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Day 1: 0/7" in done.stdout and "not found" not in done.stdout
    assert "python -m graders report 1 --open" in done.stdout  # exercises/ says which week it is
    fixture_copy(tmp_path / "right")
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "right"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "3 passed" in done.stdout, done.stdout


@pytestmark_slow
def test_watch_follows_one_save_in_the_fixture_week(tmp_path):
    from .test_watch import Terminal

    work = fixture_copy(tmp_path / "exercises", FIXTURE_EXERCISES)
    terminal = Terminal("-m", "graders", "watch", "1", "--submission", str(work), cwd=REPO)
    terminal.wait_for("Next: day_1.softmax.values")
    module = work / "day_1" / "softmax.py"
    module.write_text(module.read_text() + "\n\ndef softmax(z):\n    e = np.exp(z - np.max(z))\n"
                                           "    return e / e.sum()\n")
    terminal.wait_for("Next: day_1.softmax_ce_grad", timeout=15)
    terminal.press("q")
    assert terminal.close() == 0


@pytestmark_slow
def test_recall_attempts_are_kept_per_week_and_status_reads_its_own(tmp_path):
    env = dict(os.environ, GRADERS_ATTEMPTS=str(tmp_path / "attempts.json"))
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"ce_grad": "y - p"}))
    done = graders_command("recall", "--week", "t00w01", "--answers", str(answers), env=env)
    assert done.returncode == 1 and "✗ ce_grad" in done.stdout and "p − y" in done.stdout
    status = graders_command("status", "--submission", str(FIXTURE_SOLUTIONS), env=env)
    assert status.returncode == 1 and "[ ] I can derive the gradient of the softmax cross-entropy" in status.stdout
    answers.write_text(json.dumps({"ce_grad": "p - y"}))
    assert graders_command("recall", "--week", "t00w01", "--answers", str(answers), env=env).returncode == 0
    assert graders_command("status", "--submission", str(FIXTURE_SOLUTIONS), env=env).returncode == 0
    kept = json.loads((tmp_path / "attempts.json").read_text())
    assert {a["week"] for a in kept} == {"t00w01"}
    m01w02 = graders_command("status", "--submission", str(SOLUTIONS), env=env)
    assert "[~]" in m01w02.stdout  # m01w02's recall test not taken: the fixture's answers do not count for it
    # without --week, the week of the exercises/ folder here (its marker says t00w01)
    assert graders_command("recall", "--answers", str(answers), cwd=FIXTURE_WEEK, env=env).returncode == 0


@pytestmark_slow
def test_report_shows_a_heat_map_for_the_fixture_weeks_gradient(tmp_path):
    wrong = fixture_copy(tmp_path / "wrong", append=SIGN_FLIP)
    page = tmp_path / "report.html"
    done = graders_command("report", "--submission", str(wrong), "--output", str(page))
    assert done.returncode == 1, done.stderr
    html = page.read_text()
    assert "Where softmax_ce_grad differs from finite differences" in html and "Day 1" in html
    assert "data:image/png;base64" in html


@pytestmark_slow
def test_batch_grades_a_class_of_the_fixture_week_and_asks_which_week_for_a_mixed_one(tmp_path):
    folder = tmp_path / "class"
    fixture_copy(folder / "ada")
    fixture_copy(folder / "ben", FIXTURE_EXERCISES)
    fixture_copy(folder / "cy", append=SIGN_FLIP)
    shutil.copy(FIXTURE_SOLUTIONS / "01-softmax.ipynb", folder / "dee.ipynb")
    done = graders_command("batch", str(folder), "--out", str(tmp_path / "out"), "--seed", "5")
    assert done.returncode == 0, done.stderr
    rows = {line.split(",")[0]: line.split(",")[1] for line in (tmp_path / "out" / "grades.csv").read_text().splitlines()[1:]}
    assert rows == {"ada": "7", "ben": "0", "cy": "4", "dee": "7"}
    # One folder of another week (or one that says so) does not choose the class's week, nor stop it:
    shutil.copytree(SOLUTIONS, folder / "eve", ignore=shutil.ignore_patterns("__pycache__"))
    done = graders_command("batch", str(folder), "--out", str(tmp_path / "most"), "--seed", "5")
    assert done.returncode == 0 and "eve,0," in (tmp_path / "most" / "grades.csv").read_text(), done.stderr
    for name in ("fay", "gus", "hal"):
        shutil.copytree(SOLUTIONS, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    mixed = graders_command("batch", str(folder), "--out", str(tmp_path / "mixed"))
    assert mixed.returncode == 2 and "its learners' work follows m01w02 (4), t00w01 (4)" in mixed.stderr
    chosen = graders_command("batch", str(folder), "--out", str(tmp_path / "chosen"), "--week", "m01w02",
                             "--seed", "5")
    assert chosen.returncode == 0, chosen.stderr
    assert "warning" not in chosen.stderr  # four of the learners follow m01w02
    shutil.rmtree(folder / "eve"), [shutil.rmtree(folder / n) for n in ("fay", "gus", "hal")]
    wrong_week = graders_command("batch", str(folder), "--out", str(tmp_path / "wrong"), "--week", "m01w02")
    assert "warning: no learner's work follows m01w02, the week --week names; it follows t00w01 (4)" \
        in wrong_week.stderr
    assert "eve,87," in (tmp_path / "chosen" / "grades.csv").read_text()


@pytestmark_slow
def test_dask_grades_the_fixture_week_like_local_workers(tmp_path, fixture_week):
    distributed = pytest.importorskip("distributed")
    from graders.classroom import batch

    folder = tmp_path / "class"
    fixture_copy(folder / "ada")
    fixture_copy(folder / "cy", append=SIGN_FLIP)
    local = batch.run(folder, tmp_path / "local", fixture_week, workers=2, seed=8, show_progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = batch.run(folder, tmp_path / "dask", fixture_week, seed=8, dask=cluster.scheduler_address,
                           show_progress=False)
    assert local.complete and remote.complete
    assert (tmp_path / "local" / "grades.csv").read_text() == (tmp_path / "dask" / "grades.csv").read_text()


@pytestmark_slow
def test_the_gradescope_bundle_carries_the_fixture_week_and_grades_with_it_alone(tmp_path):
    bundle = tmp_path / "autograder.zip"
    done = graders_command("gradescope-bundle", str(bundle), "--week", "t00w01")
    assert done.returncode == 0, done.stderr
    root = tmp_path / "autograder"
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        archive.extractall(root / "source")
    assert "package/graders/t00w01/week.toml" in names and "package/graders/t00w01/day_1.py" in names
    assert not any("/solutions/" in n or "/exercises/" in n or n.startswith("package/graders/m01w02") for n in names)
    fixture_copy(root / "submission" / "mine", append=SIGN_FLIP)
    # Only what the bundle holds: its own package first on the path (before this checkout's
    # editable install; not run from the checkout), and no GRADERS_WEEKS.
    env = {"GRADERS_AUTOGRADER_ROOT": str(root), "GRADERS_PYTHON": sys.executable, "PATH": "/usr/bin:/bin",
           "PYTHONPATH": str(root / "source" / "package")}
    done = subprocess.run(["bash", str(root / "source" / "run_autograder")], env=env, capture_output=True, text=True,
                          timeout=300, cwd=root)
    assert done.returncode == 0, done.stderr
    document = json.loads((root / "results" / "results.json").read_text())
    assert (document["score"], document["max_score"]) == (4, 7), document.get("output")
    m01w02 = graders_command("gradescope-bundle", str(tmp_path / "m01w02.zip"), "--week", "m01w02")
    assert m01w02.returncode == 0
    with zipfile.ZipFile(tmp_path / "m01w02.zip") as archive:
        assert not any("t00w01" in n for n in archive.namelist())


@pytestmark_slow
def test_grade_notebook_runs_the_fixture_weeks_notebook_in_a_kernel():
    pytest.importorskip("nbclient")
    done = graders_command("grade", "--notebook", str(FIXTURE_SOLUTIONS / "01-softmax.ipynb"), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["score"] == 7


@pytestmark_slow
def test_an_nbgrader_course_of_the_fixture_week_round_trips(tmp_path):
    pytest.importorskip("nbgrader")
    from graders.jupyter import templates

    course_dir = tmp_path / "course"
    done = graders_command("nbgrader-course", str(course_dir), "--week", "t00w01", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert (course_dir / "source" / "t00w01" / "01-softmax.ipynb").is_file()
    assert "The 1 notebook in `source/t00w01/`" in (course_dir / "README.md").read_text()
    assert "worth 7 points" in (course_dir / "README.md").read_text()

    def nbgrader(*args):
        done = subprocess.run([*templates.nbgrader_command(), *args], cwd=course_dir, env=templates.nbgrader_env(),
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]

    nbgrader("generate_assignment", "t00w01", "--force")
    for learner, notebook in (("ada", course_dir / "source" / "t00w01" / "01-softmax.ipynb"),
                              ("ben", course_dir / "release" / "t00w01" / "01-softmax.ipynb")):
        (course_dir / "submitted" / learner / "t00w01").mkdir(parents=True)
        shutil.copy(notebook, course_dir / "submitted" / learner / "t00w01")
    nbgrader("autograde", "t00w01", "--force", "--create")
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gradebook:
        scores = {name: gradebook.find_submission("t00w01", name).score for name in ("ada", "ben")}
    assert scores == {"ada": 7, "ben": 0}
    done = graders_command("batch", "--nbgrader", str(course_dir), "--assignment", "t00w01", "--force")
    assert done.returncode == 0, done.stderr
    with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gradebook:
        isolated = {name: gradebook.find_submission("t00w01", name).score for name in ("ada", "ben")}
    assert isolated == scores


def test_a_week_without_notebooks_has_no_nbgrader_course(tmp_path, monkeypatch, fixture_week):
    from graders.classroom import nbgrader_course

    monkeypatch.setattr(fixture_week, "root", tmp_path)  # no notebooks/ folder there
    with pytest.raises(nbgrader_course.CourseError, match="t00w01 has no notebooks"):
        nbgrader_course.write(tmp_path / "course", fixture_week)


def test_the_fixture_week_is_imported_from_tests_weeks_as_a_sub_package_of_graders(fixture_week):
    assert str(WEEKS) in os.environ["GRADERS_WEEKS"].split(os.pathsep)
    assert fixture_week.root == FIXTURE_WEEK
    assert Path(sys.modules["graders.t00w01.day_1"].__file__).parent == FIXTURE_WEEK


# ---------------------------------------------------------------- what a hostile or broken folder cannot do


def test_a_class_week_is_chosen_by_the_work_not_by_what_one_folder_says_of_itself(tmp_path):
    for name in ("alice", "bob", "carol"):  # honest learners who uploaded their exercises/ folder whole
        shutil.copytree(SOLUTIONS, tmp_path / name / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "mallory").mkdir()
    (tmp_path / "mallory" / installed.MARKER).write_text("t00w01\n")
    (tmp_path / "mallory.ipynb").write_text(json.dumps({"cells": [], "metadata": {"graders": {"week": "t00w01"}},
                                                        "nbformat": 4, "nbformat_minor": 5}))
    assert installed.resolve_class(None, sorted(tmp_path.iterdir())).id == "m01w02"


@pytest.mark.parametrize("notebook", [
    {"cells": [], "metadata": {"graders": "t00w01"}},
    {"cells": [], "metadata": {"graders": None}},
    {"cells": [{"cell_type": "code", "source": [1], "metadata": {}, "outputs": []}], "metadata": []},
    {"cells": "nope", "metadata": {"graders": {"week": ["t00w01"]}}},
    [1, 2, 3],
])
def test_a_strange_notebook_never_breaks_finding_the_week(tmp_path, notebook):
    path = tmp_path / "odd.ipynb"
    path.write_text(json.dumps(notebook))
    assert installed.declared_week(notebooks=[path]) is None
    assert installed.claim(notebooks=[path]) is None
    assert installed.resolve_class(None, [path, *[fixture_copy(tmp_path / n) for n in ("a", "b")]]).id == "t00w01"


def test_a_marker_alone_does_not_make_a_folder_a_submission(tmp_path):
    (tmp_path / installed.MARKER).write_text("t00w01\n")
    shutil.copytree(SOLUTIONS, tmp_path / "exercises", ignore=shutil.ignore_patterns("__pycache__"))
    assert installed.week_for(tmp_path) is None
    assert installed.week_for(tmp_path / "exercises").id == "m01w02"


def _extra_weeks(tmp_path):
    """Folders that cannot be weeks, beside one that can (a copy of the fixture, as w09)."""
    shutil.copytree(FIXTURE_WEEK, tmp_path / "w09", ignore=shutil.ignore_patterns("__pycache__", "exercises",
                                                                                     "solutions"))
    toml = tmp_path / "w09" / "week.toml"
    toml.write_text(toml.read_text().replace('id = "t00w01"', 'id = "w09"'))
    for name, week in (("listid", 'id = ["x"]'), ("intid", "id = 7"), ("learner", 'id = "learner"')):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("")
        (tmp_path / name / "week.toml").write_text(f"[week]\n{week}\ntitle = 't'\n[[session]]\nid = 'a'\n"
                                                   "title = 't'\n[session.modules]\nm = ['f(x)']\n")
    (tmp_path / "nopackage").mkdir()
    shutil.copy(toml, tmp_path / "nopackage" / "week.toml")
    return tmp_path


def test_broken_extra_weeks_are_left_out_with_their_reason_and_the_others_still_grade(tmp_path):
    weeks = _extra_weeks(tmp_path / "weeks")
    env = dict(os.environ, GRADERS_WEEKS=os.pathsep.join([str(WEEKS), str(weeks)]))
    done = graders_command("grade", "--submission", str(SOLUTIONS), "--session", "a", env=env)
    assert done.returncode == 0 and "Session A complete" in done.stdout, done.stderr
    checked = graders_command("check-week", "learner", env=env)
    assert checked.returncode == 1 and "is a part of the grader" in checked.stdout
    listed = subprocess.run([sys.executable, "-c", "from graders.course import installed\n"
                             "print(sorted(installed.catalog()))\n"
                             "print(sorted(p.rsplit('/', 1)[1] for p in installed.broken()))"],
                            env=env, capture_output=True, text=True, cwd=REPO)
    weeks, broken = listed.stdout.splitlines()
    assert {"m01w02", "t00w01", "w09"} <= set(ast.literal_eval(weeks)) and broken == "['intid', 'learner', 'listid', 'nopackage']"
    nope = graders_command("grade", "--week", "nope", env=env)
    assert nope.returncode == 2 and "w09" in nope.stderr and "the installed weeks are m01w02, " in nope.stderr


@pytest.mark.parametrize("week_id", ["caches", "notebook", "files", "class", "learner"])
def test_new_week_refuses_ids_the_grader_or_python_already_uses(tmp_path, week_id):
    with pytest.raises(scaffold.ScaffoldError, match="choose another id"):
        scaffold.write(week_id, tmp_path)


@pytestmark_slow
def test_the_learner_process_is_told_of_the_fixture_weeks_folder_even_without_landlock(tmp_path):
    cheat = fixture_copy(tmp_path / "cheat", append=(
        f"\n\ndef softmax(z):\n    text = open({str(FIXTURE_WEEK / 'oracles.py')!r}).read()\n"
        "    e = np.exp(z - np.max(z))\n    return e / e.sum()\n"))
    env = dict(os.environ, GRADERS_ISOLATION_OFF="filesystem,privileges,mounts,namespaces")
    done = graders_command("grade", "--submission", str(cheat), "--session", "1", env=env)
    assert "FAIL  0/2  day_1.softmax.values" in done.stdout, done.stdout + done.stderr
    assert "the grader's own code used" in done.stdout
    isolated = graders_command("grade", "--submission", str(cheat), "--session", "1")
    assert "FAIL  0/2  day_1.softmax.values" in isolated.stdout  # Landlock: it cannot even open it
