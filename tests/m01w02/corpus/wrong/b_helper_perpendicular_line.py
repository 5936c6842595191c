# module: session_b.train
# check: session_b.snapshot_grid_figure
# why: the shared helper shades σ(w·x + b) correctly but draws its "boundary" line with slope w₂/w₁ instead of −w₁/w₂ (perpendicular to the real one), in every panel of the grid
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    if w[0] != 0 and w[1] != 0:
        x1 = np.linspace(lo[0], hi[0], 50)
        ax.plot(x1, (w[1] / w[0]) * x1 - b / w[1], "k-")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
    ax.set_xlim(lo[0], hi[0])
    ax.set_ylim(lo[1], hi[1])
