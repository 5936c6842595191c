"""The week's definition is consistent: every check declared once, with points, title, hints."""
import re
from pathlib import Path

import pytest

from graders import course

WEEK_DIR = Path(course.__file__).parent / "m01w02"


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
    source = "\n".join(p.read_text(encoding="utf-8") for p in WEEK_DIR.glob("session_*.py"))
    source += (Path(course.__file__).parent / "checks.py").read_text(encoding="utf-8")
    source += (Path(course.__file__).parent / "runner.py").read_text(encoding="utf-8")
    source += (Path(course.__file__).parent / "expect.py").read_text(encoding="utf-8")
    for pitfall in week.pitfalls:
        assert f'"{pitfall}"' in source, f"pitfall {pitfall} is never recognised"
    used = set(re.findall(r'pitfall="([a-z0-9_]+)"', source))
    used |= set(re.findall(r'"([a-z0-9_]+)": ', source)) & set(re.findall(r"[a-z0-9_]+", " ".join(week.pitfalls)))
    assert used <= set(week.pitfalls)


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
