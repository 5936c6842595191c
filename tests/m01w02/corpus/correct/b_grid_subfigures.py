# module: session_b.animation
# why: a 2 × 2 grid of subfigures (fig.subfigures), one axes in each, titled with its iteration
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig = plt.figure(figsize=(9, 8), layout="constrained")
    subfigs = fig.subfigures(2, 2)
    for sub, k in zip(subfigs.flat, iterations):
        ax = sub.subplots()
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
    return fig
