# module: session_b.animation
# why: each panel titled with a short sentence that ends in a full stop, e.g. "After 500 updates." and "Start: iteration 0."
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2, figsize=(9, 8))
    for ax, k in zip(axes.flat, iterations):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"Start: iteration {k}." if k == 0 else f"After iteration {k}.")
    fig.tight_layout()
    return fig
