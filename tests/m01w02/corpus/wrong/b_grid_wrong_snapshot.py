# module: session_b.animation
# check: session_b.snapshot_grid_figure
# says: plot for iteration
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    last = max(snapshots)
    for ax, k in zip(axes.flat, iterations):
        w, b = snapshots[last]  # always the final weights
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
    return fig
