# module: session_b.animation
# why: each panel gets its own colour bar in an axes appended with make_axes_locatable
from mpl_toolkits.axes_grid1 import make_axes_locatable


def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2, figsize=(10, 8))
    for ax, k in zip(axes.flat, iterations):
        w, b = snapshots[k]
        plot_decision_boundary(ax, X, y, w, b)
        ax.set_title(f"iteration {k}")
        cax = make_axes_locatable(ax).append_axes("right", size="5%", pad=0.05)
        fig.colorbar(ax.collections[0], cax=cax)
    return fig
