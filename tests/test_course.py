"""The week's definition is consistent: every check declared once, with points, title, hints."""
import re
from pathlib import Path

import pytest

import graders
from graders import course
from graders.course.week import MACHINERY_PITFALLS, read_toml

PACKAGE = Path(graders.__file__).parent
WEEK_DIR = PACKAGE / "m01w02"
# every week's folder (m01w02, and any other one dropped in beside it) is not machinery
WEEKS = [p for p in PACKAGE.iterdir() if (p / "week.toml").is_file()]
MACHINERY = [p for p in PACKAGE.rglob("*.py") if not any(w in p.parents for w in WEEKS)]


def test_every_check_is_declared_with_points_title_and_hints(week):
    assert week.checks
    for check in week.checks.values():
        assert check.points > 0 and check.title and 1 <= len(check.hints) <= 3
        assert check.id.startswith(f"{check.session}.{check.function}")


def test_checks_follow_the_course_and_prerequisites_come_first(week):
    seen = set()
    for session in week.sessions:
        for check in session.checks:
            assert set(check.requires) <= seen
            seen.add(check.id)
    assert [s.id for s in week.sessions] == ["session_a", "session_b", "session_c"]


def test_every_pitfall_is_used_and_every_used_pitfall_exists(week):
    own = "\n".join(p.read_text(encoding="utf-8") for p in WEEK_DIR.glob("session_*.py"))
    machinery = "\n".join(p.read_text(encoding="utf-8") for p in MACHINERY)
    shared = set(read_toml(MACHINERY_PITFALLS)["pitfalls"])
    for pitfall in set(week.pitfalls) - shared:
        assert f'"{pitfall}"' in own, f"the week's pitfall {pitfall} is never recognised by its checks"
    for pitfall in shared:
        assert f'"{pitfall}"' in machinery, f"the machinery's pitfall {pitfall} is raised by no machinery code"
    raised = set(re.findall(r'pitfall="([a-z0-9_]+)"', machinery))
    assert raised <= shared, "a pitfall the machinery raises must be in graders/course/machinery.toml"
    assert week.problems() == []


def test_total_points(week):
    assert week.max_points == sum(c.points for c in week.checks.values()) == 87


def test_a_week_is_found_from_a_submission_or_a_session_folder(week, tmp_path):
    assert course.week_for(tmp_path) is None
    (tmp_path / "session_b").mkdir()
    (tmp_path / "session_b" / "bce.py").write_text("")
    assert course.week_for(tmp_path) is week or course.week_for(tmp_path).id == week.id
    assert week.session_of_dir(tmp_path / "session_b").id == "session_b"


def test_an_inconsistent_week_is_refused(week):
    broken = course.Week(week.id, week.title, week.next_title, week.sessions,
                         week.pitfalls, week.recall, week.self_assessment, dict(week.implementations))
    broken.implementations.pop("session_b.sigmoid.values")
    with pytest.raises(course.CourseError, match="no implementation"):
        broken.validate()
