# module: session_b.animation
# check: session_b.snapshot_grid_figure
# pitfall: boundary_wrong_level
# seeds: 20
import numpy as np


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2, figsize=(8, 8))
    xx, yy = np.meshgrid(np.linspace(-7, 7, 120), np.linspace(-7, 7, 120))
    for ax, k in zip(axes.ravel(), iterations):
        w, b = snapshots[k]
        p = 1 / (1 + np.exp(-(w[0] * xx + w[1] * yy + b)))
        if np.ptp(p) > 0:
            ax.contour(xx, yy, p, levels=[0.3])
        ax.scatter(X[:, 0], X[:, 1], c=y, s=5)
        ax.set_title(f"iteration {k}")
    return fig
