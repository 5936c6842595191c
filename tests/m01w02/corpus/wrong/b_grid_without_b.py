# module: session_b.animation
# check: session_b.snapshot_grid_figure
# pitfall: boundary_without_b
# seeds: 20
import numpy as np


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    for ax, k in zip(axes.flat, iterations):
        w, b = snapshots[k]
        ax.scatter(X[:, 0], X[:, 1], c=y)
        if np.any(w != 0):
            xs = np.linspace(-6, 6, 50)
            ax.plot(xs, -w[0] * xs / w[1])  # b left out
        ax.set_title(f"iteration {k}")
    return fig
