"""A pre-warmed process that forks one learner process per request.

Importing numpy, sympy and matplotlib costs most of a second; forking a process that
already holds them costs a few milliseconds. The grading process starts one zygote,
then asks it over a Unix socket for a child, handing over (SCM_RIGHTS) the socket the
child will talk on. The child leads its own process group, so the grading process
can kill it, and anything it started, without the zygote's help.
"""
import gc
import json
import os
import select
import signal
import socket
import sys

CHILD_LOG = os.environ.get("GRADERS_CHILD_LOG")  # read before a child clears its environment
# Layers to leave off, for measuring what each one costs (benchmarks/batch_speed.py --layers).
LAYERS_OFF = frozenset(filter(None, os.environ.get("GRADERS_ISOLATION_OFF", "").split(",")))

def _preload():
    os.environ.setdefault("MPLBACKEND", "Agg")
    import numpy  # noqa: F401
    import sympy  # noqa: F401
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: F401
    import matplotlib.collections  # noqa: F401
    import matplotlib.contour  # noqa: F401
    import matplotlib.quiver  # noqa: F401
    import matplotlib.animation  # noqa: F401  (animation.py uses it; loaded before any uid change)

    plt.show = lambda *args, **kwargs: None  # nothing to show in a headless grader
    from graders.learner import harness  # noqa: F401


def _warm_up_steps():
    """Use what learner code will use, once, so that later children inherit it warm.

    First use costs more than import: sympy fills its caches, matplotlib loads fonts and
    builds its contour and text machinery (about 40 ms a child). The zygote does it in
    small steps while it has nothing else to do, once it has served two learners: a single
    grading never pays for it, and a batch soon forks warm children only.
    """
    import numpy as np
    import sympy as sp
    import matplotlib.pyplot as plt
    from graders.learner import exprtree, figdata, wire

    def symbolic():
        x, y = sp.Symbol("x", real=True), sp.Symbol("y", real=True)
        s = 1 / (1 + sp.exp(-x))
        for expr in (sp.cos(x**2) * 2 * x, sp.exp(2 * x + 1) * 2, s * (1 - s), (1 - sp.tanh(2 * x) ** 2) * 2,
                     3 * (x**2 + 1) ** 2 * 2 * x, -(y * sp.log(s) + (1 - y) * sp.log(1 - s)), s - y, 2 * x + 3 * y):
            wire.encode(expr, [(lambda v: isinstance(v, sp.Basic), lambda v: ("expr", exprtree.to_tree(v)))])

    def simplify():
        x = sp.Symbol("x", real=True)
        sp.simplify(sp.exp(x) / (1 + sp.exp(x)))

    def figures():
        grid = np.linspace(-3, 3, 20)
        X, Y = np.meshgrid(grid, grid)
        fig, axes = plt.subplots(2, 2, layout="constrained")
        axes[0, 0].contour(X, Y, X**2 + Y**2, levels=10)
        filled = axes[0, 1].contourf(X, Y, X + Y, levels=np.linspace(-6, 6, 11), cmap="RdBu_r", alpha=0.6)
        fig.colorbar(filled, ax=axes[0, 1])
        axes[1, 0].quiver(X, Y, X, Y, scale=200)
        axes[1, 0].scatter(grid, grid, c=grid > 0, cmap="RdBu_r", edgecolor="k")
        axes[1, 1].plot(grid, grid, "k--")
        axes[1, 1].imshow(X, extent=(-3, 3, -3, 3), origin="lower")
        axes[1, 1].pcolormesh(X, Y, X, shading="nearest")
        for ax in axes.flat:
            ax.set_title("iteration 100")
            ax.set_xlabel("x₁")
        wire.encode(fig, [(lambda v: v is fig, lambda v: ("figure", figdata.extract(v)))])
        plt.close("all")

    return [symbolic, simplify, figures]


def _become_learner(fd, request):
    """In the forked child: isolate, limit, then serve the grading process forever."""
    from graders.learner import harness, isolation, limits, mounts, privileges, seccomp

    outer_pid = os.getpid()  # unique on the host while it runs (inside the namespace it is 1, 2, 3…)
    os.setsid()  # its own process group: the grader kills the group
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    settings = limits.Limits(**request["limits"])
    status = {layer: "off: not requested" for layer in ("namespaces", "mounts", "filesystem", "privileges",
                                                         "sockets")}
    if settings.isolate and "namespaces" not in LAYERS_OFF:
        status["namespaces"], inside = isolation.enter_namespaces()
        if inside:
            # outside parent → the namespace's init (reaps orphans) → the learner process.
            # Killing the outside parent kills init (death signal), and with it the namespace.
            _fork_and_wait(close_fd=fd)
            isolation.die_with_parent()
            _fork_and_wait(close_fd=fd)  # init keeps ordinary signal rules away from the learner
    devnull = os.open(os.devnull, os.O_RDWR)
    for target in (0, 1, 2):
        os.dup2(devnull, target)
    os.close(devnull)
    workdir = request["workdir"]
    for entry in list(sys.path):
        if entry in request.get("hide_paths", ()):
            sys.path.remove(entry)
    # What the learner process must still read once it is another user: Python and its packages.
    needed = sorted({sys.prefix, sys.base_prefix, sys.exec_prefix, *(p for p in sys.path if p and os.path.isdir(p))})
    if settings.isolate and "mounts" not in LAYERS_OFF:
        status["mounts"] = mounts.private_view(workdir, needed, settings.disk_mib * 2**20)
    os.chdir(workdir)
    graders_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    course = isolation.course_folders(graders_dir)  # before the environment that names them goes
    keep = {"PATH": "/usr/bin:/bin", "HOME": workdir, "TMPDIR": workdir, "MPLBACKEND": "Agg",
            "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    os.environ.clear()
    os.environ.update(keep)
    sys.dont_write_bytecode = True
    limits.apply(settings)
    if settings.isolate:
        readable = isolation.library_paths(graders_dir, hidden=course[1:])
        if "filesystem" not in LAYERS_OFF:
            status["filesystem"] = isolation.restrict_filesystem(readable, [workdir, os.devnull])
        if "privileges" not in LAYERS_OFF:
            status["privileges"] = privileges.drop(workdir, needed=needed, uid=privileges.learner_uid(outer_pid),
                                                  processes=settings.processes)
        if "sockets" not in LAYERS_OFF:
            status["sockets"] = seccomp.refuse_unix_sockets()
    sock = socket.socket(fileno=fd)
    harness.serve(sock, workdir, settings.output_kib * 1024, status, course=course)
    os._exit(0)


def _fork_and_wait(close_fd):
    """Fork; the parent closes ``close_fd``, reaps every child until its own exits, then exits."""
    pid = os.fork()
    if pid == 0:
        return
    os.close(close_fd)
    while True:
        try:
            done, _ = os.waitpid(-1, 0)
        except InterruptedError:
            continue
        except ChildProcessError:
            break
        if done == pid:
            break
    os._exit(0)


def _log_failure():
    """Leave a trace of a harness failure where a maintainer can find it."""
    path = CHILD_LOG
    if path:
        import traceback

        with open(path, "a") as log:
            traceback.print_exc(file=log)


def main(control_fd):
    _preload()
    warm_up = _warm_up_steps()
    control = socket.socket(fileno=control_fd)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the grading process to handle
    buffer = b""
    fds = []
    served = 0
    while True:
        # Warm up only when grading many learners (from the second on): a single grading
        # would only lose the CPU the warm-up takes.
        if warm_up and served >= 2 and not select.select([control], [], [], 0)[0]:
            warm_up.pop(0)()  # nothing to do: warm up one step
            if not warm_up:
                gc.collect()
                gc.freeze()  # a child's GC must not sweep the preloaded objects (copy-on-write)
            continue
        try:
            data, new_fds, _flags, _addr = socket.recv_fds(control, 65536, 4)
        except OSError:
            break
        if not data:
            break
        buffer += data
        fds.extend(new_fds)
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            request = json.loads(line)
            fd = fds.pop(0)
            pid = os.fork()
            if pid == 0:
                try:
                    control.close()
                    for other in fds:  # sockets of requests still queued: other learners' channels
                        os.close(other)
                    _become_learner(fd, request)
                except BaseException:
                    _log_failure()
                finally:
                    os._exit(70)
            os.close(fd)
            served += 1
            control.sendall(json.dumps({"pid": pid}).encode() + b"\n")
    os._exit(0)


if __name__ == "__main__":
    main(int(sys.argv[1]))
