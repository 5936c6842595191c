# module: session_b.train
# check: session_b.decision_boundary_figure
# why: ax.axis given (xmin, ymin, xmax, ymax), bbox order, instead of (xmin, xmax, ymin, ymax): both limits collapse to a point and nothing of the data or the boundary is visible
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots(figsize=(5, 5))
    plot_decision_boundary(ax, X, y, w, b)
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    ax.axis([lo[0], lo[1], hi[0], hi[1]])
    return fig
