"""Grading leaves nothing in the learner's home but the recall attempts."""
import os
import subprocess
import sys

import pytest

from graders import caches

from .conftest import REPO


def test_caches_go_to_the_checkout_unless_the_user_chose_a_place(monkeypatch, tmp_path):
    monkeypatch.setattr(os, "environ", {"MPLCONFIGDIR": str(tmp_path)})  # restored after the test
    caches.keep_in_repo()
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path)
    assert os.environ["IPYTHONDIR"] == str(REPO / ".cache" / "ipython")


@pytest.mark.slow
def test_the_learners_commands_write_nothing_to_home_but_the_attempts(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("GRADERS_ATTEMPTS", *caches.LOCATIONS)}
    env.update(HOME=str(home), XDG_CACHE_HOME="", XDG_CONFIG_HOME="", XDG_DATA_HOME="")
    answers = tmp_path / "answers.json"
    answers.write_text('{"dL_dz": "sigma(z) - y"}')
    commands = (["status"], ["report", "b", "--output", str(tmp_path / "r.html")],
                ["recall", "--answers", str(answers)], ["grade", "--session", "a"])
    for command in commands:
        done = subprocess.run([sys.executable, "-m", "graders", *command], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode in (0, 1), done.stderr
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == [".local/share/ml-week-graders/attempts.json"]
