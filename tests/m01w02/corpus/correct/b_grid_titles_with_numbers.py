# module: session_b.animation
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    for ax, k in zip(axes.ravel(), iterations):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"Iteration {k:,}: b = {float(b):.0f}")
    fig.suptitle("2 x 2 grid")
    return fig
