# module: session_b.animation
# check: session_b.snapshot_grid_figure
# says: titled with iteration
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    for ax, k, label in zip(axes.flat, iterations, (0, 100, 500, 2000)):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {label}")
    return fig
