"""How fast is a class graded? 200 generated submissions, 2 workers, whole processes.

    python benchmarks/batch_speed.py [--learners 200] [--runs 3]

The class mixes correct answers written differently, buggy answers (from the test
corpus), a few hostile submissions and some notebooks. It prints submissions per
second for `python -m graders batch`, and the cost of isolation: the same class minus
the hostile submissions, graded isolated and then in-process (learner code imported
into the grading workers: unsafe, for comparison only). Targets on 2 cores: at least 4
submissions per second, isolation overhead under 25%.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.conftest import append_to_module  # noqa: E402
from tests.notebooks import notebook_from  # noqa: E402

CORPUS = REPO / "tests" / "m01w02" / "corpus"
HOSTILE = ["print_100mb", "fake_json_printed", "sys_exit_in_function", "loop_in_function", "monkeypatch_numpy",
           "read_the_solutions", "fork_bounded", "garbage_on_every_fd"]


def header(path):
    return dict(line[2:].split(": ", 1) for line in path.read_text().splitlines() if line.startswith("# ") and ": " in line)


def make_class(folder, learners, seed=0):
    """Write a class: ~40% correct variants, ~50% buggy, 4% hostile, ~6% notebooks."""
    rng = random.Random(seed)
    correct = sorted((CORPUS / "correct").glob("*.py"))
    wrong = sorted((CORPUS / "wrong").glob("*.py"))
    hostile = [REPO / "tests" / "hostile" / f"{name}.py" for name in HOSTILE]
    kinds = (["hostile"] * len(hostile) + ["notebook"] * round(0.06 * learners))
    kinds += ["correct"] * round(0.4 * learners)
    kinds += ["buggy"] * (learners - len(kinds))
    rng.shuffle(kinds)
    hostile_left = list(hostile)
    names = {"hostile": [], "other": []}
    for i, kind in enumerate(kinds):
        name = f"learner{i:03d}"
        if kind == "notebook":
            (folder / f"{name}.ipynb").write_text(notebook_from())
            names["other"].append(name)
            continue
        source = hostile_left.pop() if kind == "hostile" else rng.choice(correct if kind == "correct" else wrong)
        base = REPO / ("exercises" if kind == "hostile" and header(source)["base"] == "stubs" else "solutions")
        shutil.copytree(base, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
        append_to_module(folder / name, header(source)["module"], source.read_text())
        # Code that never returns cannot be graded in-process: keep it out of that comparison.
        unsafe = kind == "hostile" or "timed out" in source.read_text()
        names["hostile" if unsafe else "other"].append(name)
    return names


LAYERS = ("mounts", "privileges", "sockets")  # the layers of issue 9; namespaces and Landlock came first


def timed_batch(folder, out, in_process=False, layers_off=()):
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, GRADERS_ISOLATION_OFF=",".join(layers_off))
    if in_process:
        code = ("import sys; from pathlib import Path; from graders import batch, course; "
                "(w,) = course.weeks().values(); "
                "o = batch.run(Path(sys.argv[1]), Path(sys.argv[2]), w, workers=2, seed=1, in_process=True, "
                "show_progress=False); sys.exit(0 if o.complete else 1)")
        command = [sys.executable, "-c", code, str(folder), str(out)]
    else:
        command = [sys.executable, "-m", "graders", "batch", str(folder), "--out", str(out), "--workers", "2",
                   "--seed", "1"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"batch failed: {done.stderr[-2000:]}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layers", action="store_true",
                        help="also time the class with each isolation layer left off, one at a time and all "
                             "together, to show what each costs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        full = tmp / "class"
        full.mkdir()
        names = make_class(full, args.learners)
        safe = tmp / "class-without-hostile"
        safe.mkdir()
        for entry in full.iterdir():
            if entry.name not in names["hostile"]:
                (shutil.copytree if entry.is_dir() else shutil.copy)(entry, safe / entry.name)
        n_full, n_safe = args.learners, args.learners - len(names["hostile"])
        print(f"{n_full} submissions: {len(HOSTILE)} hostile, "
              f"{sum(1 for p in full.glob('*.ipynb'))} notebooks, the rest correct or buggy; 2 workers; "
              f"{args.runs} runs each, medians, whole processes")
        full_times = [timed_batch(full, tmp / "out") for _ in range(args.runs)]
        scores = [json.loads((tmp / "out" / "learners" / n / "results.json").read_text())["score"]
                  for n in names["other"]]
        isolated = [timed_batch(safe, tmp / "out-safe") for _ in range(args.runs)]
        inproc = [timed_batch(safe, tmp / "out-inproc", in_process=True) for _ in range(args.runs)]
        t_full, t_iso, t_in = (statistics.median(t) for t in (full_times, isolated, inproc))
        print(f"  batch, all {n_full}:              {t_full:6.1f} s  {n_full / t_full:5.2f} submissions/s "
              f"(median score {statistics.median(scores)})")
        print(f"  isolated, {n_safe} that terminate: {t_iso:6.1f} s  {n_safe / t_iso:5.2f} submissions/s")
        print(f"  in-process, same {n_safe}:        {t_in:6.1f} s  {n_safe / t_in:5.2f} submissions/s")
        print(f"  isolation overhead: {100 * (t_iso / t_in - 1):+.0f}%")
        print(f"  targets: >= 4 submissions/s -> {'met' if n_full / t_full >= 4 else 'MISSED'};"
              f" isolation overhead < 25% -> {'met' if t_iso / t_in - 1 < 0.25 else 'MISSED'}")
        if args.layers:
            print(f"  each layer's cost (the {n_safe} that terminate, isolated; against all layers on):")
            for off in [(layer,) for layer in LAYERS] + [LAYERS]:
                t = statistics.median(timed_batch(safe, tmp / "out-layers", layers_off=off) for _ in range(args.runs))
                print(f"    without {' + '.join(off):<30} {t:6.1f} s  {n_safe / t:5.2f} submissions/s  "
                      f"(all on costs {100 * (t_iso / t - 1):+.0f}%)")


if __name__ == "__main__":
    main()
