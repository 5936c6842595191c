# module: session_b.animation
import numpy as np


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig = plt.figure(figsize=(8, 8))
    for i, k in enumerate(iterations, start=1):
        ax = fig.add_subplot(2, 2, i)
        w, b = snapshots[k]
        ax.scatter(X[:, 0], X[:, 1], c=y, s=8)
        if np.linalg.norm(w) > 0:
            xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 10)
            ax.plot(xs, -(w[0] * xs + b) / w[1], "k")
        ax.set_title(f"after {k:,} steps")
    return fig
