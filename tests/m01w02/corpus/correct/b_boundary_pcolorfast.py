# module: session_b.train
# why: the probabilities shaded with ax.pcolorfast on the grid's edges (regular grid), the p = 0.5 contour, and the points
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    ex, ey = np.linspace(lo[0], hi[0], 101), np.linspace(lo[1], hi[1], 101)  # cell edges
    cx, cy = (ex[:-1] + ex[1:]) / 2, (ey[:-1] + ey[1:]) / 2  # cell centres
    xx, yy = np.meshgrid(cx, cy)
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.pcolorfast(ex, ey, probs, cmap="RdBu_r", vmin=0, vmax=1, alpha=0.6)
    if np.any(np.asarray(w) != 0):
        ax.contour(xx, yy, probs, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
