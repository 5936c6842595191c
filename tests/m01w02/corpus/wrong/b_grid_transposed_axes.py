# module: session_b.animation
# check: session_b.snapshot_grid_figure
# why: draws into axes.T.flat but titles axes.flat, so the top-right panel titled with the 2nd iteration shows the 3rd one (and vice versa)
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    fig, axes = plt.subplots(2, 2)
    for i, k in enumerate(iterations):
        w, b = snapshots[k]
        plot_decision_boundary(axes.T.flat[i], X, y, w, b)
        axes.flat[i].set_title(f"iteration {k}")
    return fig
