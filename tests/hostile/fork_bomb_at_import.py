# base: references
# module: session_a.gradients
# fails: none
# Forks as many sleeping children as it can at import (each could hold 1 GiB): bounded per learner.
import os as _os
import time as _time


def _many():
    for _ in range(300):
        try:
            pid = _os.fork()
        except OSError:
            return
        if pid == 0:
            _time.sleep(3)
            _os._exit(0)


_many()
