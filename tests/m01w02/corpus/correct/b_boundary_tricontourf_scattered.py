# module: session_b.train
# why: σ(w·x + b) evaluated at 3000 random points of the box and shaded with tricontourf (no regular grid), the p = 0.5 level drawn with tricontour, plus the data
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    rng = np.random.default_rng(0)
    pts = rng.uniform(lo, hi, size=(3000, 2))
    corners = np.array([[lo[0], lo[1]], [lo[0], hi[1]], [hi[0], lo[1]], [hi[0], hi[1]]])
    pts = np.vstack([pts, corners])
    p = predict_proba(pts, w, b)
    ax.tricontourf(pts[:, 0], pts[:, 1], p, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6)
    if np.any(np.asarray(w) != 0):
        ax.tricontour(pts[:, 0], pts[:, 1], p, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
