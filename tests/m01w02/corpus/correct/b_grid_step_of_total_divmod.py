# module: session_b.animation
# why: axes[r][c] via divmod, titles "step 500/2000", one scatter per class, clipped boundary line, a suptitle and fig.legend
import numpy as np


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(nrows=2, ncols=2, sharex=True, sharey=True)
    last = max(iterations)
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 25)
    for i, k in enumerate(iterations):
        r, c = divmod(i, 2)
        ax = axes[r][c]
        w, b = snapshots[k]
        ax.scatter(*X[y == 0].T, c="tab:blue", s=8, label="0")
        ax.scatter(*X[y == 1].T, c="tab:orange", s=8, label="1")
        if abs(w[1]) > 1e-12:
            ax.plot(xs, -(w[0] * xs + b) / w[1], "k-")
        ax.set_title(f"step {k}/{last}")
    handles, labels = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper right")
    fig.suptitle("Logistic regression learning")
    return fig
