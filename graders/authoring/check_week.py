"""``python -m graders check-week ID``: is a week sound, before any learner sees it?

In order, each step only when the ones before it hold: the week loads (week.toml parses,
every check is declared once with points, a title and hints, and implemented; every
pitfall it names is defined; every contract function is graded or given); the stubs and
the notebooks are what the references imply; the references earn full marks and the
stubs nothing, for every seed; and, when asked, the mutation analysis of the references.
"""
from dataclasses import dataclass, field

from graders.course import installed
from graders.course.week import CourseError


@dataclass
class WeekReport:
    week_id: str
    steps: list = field(default_factory=list)  # (title, problems)

    @property
    def ok(self):
        return bool(self.steps) and not any(problems for _, problems in self.steps)

    def add(self, title, problems):
        self.steps.append((title, list(problems)))
        return not problems

    def lines(self):
        out = []
        for title, problems in self.steps:
            out.append(f"{'ok  ' if not problems else 'FAIL'}  {title}")
            out += [f"      - {p}" for p in problems]
        out.append(f"{self.week_id}: " + ("sound." if self.ok else "fix what is listed above, then run check-week "
                                          "again."))
        return out


def check(week_id, seeds=(1, 2), mutants=False):
    report = WeekReport(week_id)
    try:
        week = installed.get(week_id)  # a WeekError (no such week) is the caller's: a usage error
    except CourseError as exc:  # load() validates: a broken definition stops here, named
        report.add("week.toml and the checks fit together", str(exc).split("; "))
        return report
    report.add("week.toml and the checks fit together", week.problems())
    if not report.add("the references and the exercises are where week.toml says", _places(week)):
        return report
    report.add("the stubs and notebooks are what the references imply", _drift(week))
    report.add(f"the references earn full marks for seeds {', '.join(map(str, seeds))}",
               _graded(week, week.references, seeds, full=True))
    report.add(f"the stubs earn nothing for seeds {', '.join(map(str, seeds))}",
               _graded(week, week.exercises, seeds, full=False))
    if mutants:
        report.add("every small change to the references fails a check (mutation analysis)", _mutants(week))
    return report


def _places(week):
    return [f"no folder {path} ({key} in week.toml)" for key, path in
            (("references", week.references), ("exercises", week.exercises)) if path is None or not path.is_dir()]


def _drift(week):
    from graders.authoring import stubs
    from graders.jupyter import templates

    problems = stubs.week_drift(week)
    for name, text in templates.build_all_sources(week).items():
        built = week.references / name
        if not built.is_file() or built.read_text(encoding="utf-8") != text:
            problems.append(f"{name} in the references is not what its template builds: run build-exercises "
                            f"--week {week.id}")
        if not (week.exercises / name).is_file():
            problems.append(f"{name} is missing from the exercises: run build-exercises --week {week.id}")
    return problems


def _graded(week, root, seeds, full):
    from graders.grading.runner import GradingRun

    problems = []
    for seed in seeds:
        with GradingRun(week, root, seed=seed) as run:
            results = [r for score in run.scores() for r in score.results]
        for result in results:
            if full and not result.passed:
                problems.append(f"seed {seed}: {result.spec.id} does not pass on the reference: "
                                f"{result.message.splitlines()[0][:300] if result.message else result.status}")
            elif not full and result.earned:
                problems.append(f"seed {seed}: {result.spec.id} gives {result.earned} points to the untouched stub")
    return problems


def _mutants(week):
    from graders.authoring import mutation

    score = mutation.Score(mutation.analyse(week, week.references, seeds=(1, 2, 3)),
                           mutation.load_equivalent(week.root), every_mutant=True)
    if not (score.survived or score.partly or score.stale or score.unmatched):
        return []
    return [line.strip() for line in score.lines()[1:] if line.startswith("  ")] or score.lines()[:1]
