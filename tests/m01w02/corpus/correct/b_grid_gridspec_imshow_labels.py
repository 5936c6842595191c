# module: session_b.animation
# why: fig.add_gridspec(2, 2) + imshow of predicted labels (origin="lower") per panel, title "Iteration #k"
import numpy as np

from .train import predict


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig = plt.figure(figsize=(8, 8))
    gs = fig.add_gridspec(2, 2, hspace=0.3)
    lo, hi = X.min() - 1, X.max() + 1
    gx, gy = np.meshgrid(np.linspace(lo, hi, 100), np.linspace(lo, hi, 100))
    grid = np.c_[gx.ravel(), gy.ravel()]
    for i, k in enumerate(iterations):
        ax = fig.add_subplot(gs[i // 2, i % 2])
        w, b = snapshots[k]
        ax.imshow(predict(grid, w, b).reshape(gx.shape), origin="lower", extent=(lo, hi, lo, hi), cmap="Pastel1", alpha=0.6)
        ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr", s=10)
        ax.set_title(f"Iteration #{k}")
    return fig
