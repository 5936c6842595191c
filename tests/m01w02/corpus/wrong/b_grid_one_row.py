# module: session_b.animation
# check: session_b.snapshot_grid_figure
# says: not arranged 2 × 2
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(1, 4)
    for ax, k in zip(axes, iterations):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
    return fig
