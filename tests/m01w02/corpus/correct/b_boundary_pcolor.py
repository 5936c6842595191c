# module: session_b.train
# why: the probabilities shaded with ax.pcolor (as in older tutorials) instead of contourf or pcolormesh, plus the points; matplotlib ≥ 3.8 makes pcolor a PolyQuadMesh
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 120), np.linspace(lo[1], hi[1], 120))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.pcolor(xx, yy, probs, cmap="RdBu_r", vmin=0, vmax=1, shading="auto", alpha=0.6)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
