# base: references
# module: session_a.gradients
# fails: session_a.df_dx, session_a.gradient_field_figure
# says: ended while it ran|raised ProcessLookupError|raised RuntimeError
import os
import signal


def df_dx(x, y):
    if os.getpid() <= 5:  # only inside its own PID namespace: never run this unconfined
        os.kill(-1, signal.SIGKILL)  # everything it may signal: in its namespace, nothing but itself
    raise RuntimeError("not isolated: refusing to kill(-1)")
