# module: session_b.animation
# why: constrained layout, contourf of p in every panel with ONE shared colorbar, left-aligned titles that also print the loss
import numpy as np

from .bce import bce_loss, sigmoid


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2, figsize=(9, 8), layout="constrained")
    gx, gy = np.meshgrid(np.linspace(-6, 6, 80), np.linspace(-6, 6, 80))
    cs = None
    for ax, k in zip(axes.flatten(), iterations):
        w, b = snapshots[k]
        cs = ax.contourf(gx, gy, sigmoid(w[0] * gx + w[1] * gy + b), levels=np.linspace(0, 1, 11), cmap="RdBu_r")
        ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolors="k", s=12)
        loss = bce_loss(y, sigmoid(X @ np.asarray(w) + b))
        ax.set_title(f"iteration {k}  (loss {loss:.3f})", loc="left")
    fig.colorbar(cs, ax=axes, shrink=0.8, label="P(y = 1)")
    return fig
