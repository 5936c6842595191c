# module: session_b.train
# why: the p = 0.5 contour labelled in place with ax.clabel (inline, which cuts a gap into the line), over the shading and the points
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    if np.any(np.asarray(w) != 0):
        cs = ax.contour(xx, yy, probs, levels=[0.5], colors="k")
        ax.clabel(cs, inline=True, fmt="p = %.1f")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
