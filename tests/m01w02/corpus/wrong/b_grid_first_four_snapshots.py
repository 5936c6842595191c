# module: session_b.animation
# check: session_b.snapshot_grid_figure
# why: draws the first four stored snapshots (keys 0, 50, 100, … in dict order) and titles them with the requested iterations
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    for ax, k, (w, b) in zip(axes.flat, iterations, snapshots.values()):
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
    return fig
