"""Watch the model learn: decision boundaries at a few moments of training."""
import matplotlib.pyplot as plt

from .train import plot_decision_boundary


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    """A 2 × 2 grid of decision boundaries, one per iteration, each axes titled with it.

    `snapshots` is the dict returned by train: snapshots[k] = (w, b) after k updates.
    """
    # TODO: one subplot per iteration in `iterations`, titled e.g. "iteration 500".
    ### BEGIN SOLUTION
    fig, axes = plt.subplots(2, 2, figsize=(9, 8), sharex=True, sharey=True, layout="constrained")
    for ax, k in zip(axes.flat, iterations):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
    return fig
    ### END SOLUTION
