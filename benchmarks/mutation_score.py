"""How strong are the checks? Mutation analysis of solutions/, with its figures.

    python benchmarks/mutation_score.py [--seeds 3] [--workers 2]

Runs `python -m graders mutation-test` as a whole process and prints what it printed:
how many mutants of the references there are, how many every seed catches, how many
are listed as equivalent, and the ones that survive (if any), with the time it took.
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "graders", "mutation-test", "--week", "m01w02", "--seeds", str(args.seeds),
                           "--workers", str(args.workers)], cwd=REPO)
    print(f"whole process: {time.perf_counter() - started:.0f} s")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
