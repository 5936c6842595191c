# module: session_b.animation
# why: fig.subplot_mosaic with letter keys, logit contour at level 0 (skipped while w = 0), titles "k = 100"
import numpy as np


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig = plt.figure(figsize=(8, 8))
    panels = fig.subplot_mosaic([["a", "b"], ["c", "d"]])
    gx, gy = np.meshgrid(np.linspace(-6, 6, 60), np.linspace(-6, 6, 60))
    for key, k in zip("abcd", iterations):
        ax = panels[key]
        w, b = snapshots[k]
        ax.scatter(X[:, 0], X[:, 1], c=y, s=10)
        if np.any(np.asarray(w) != 0):
            ax.contour(gx, gy, w[0] * gx + w[1] * gy + b, levels=[0.0], colors="k")
        ax.set_title(f"k = {k}")
    return fig
