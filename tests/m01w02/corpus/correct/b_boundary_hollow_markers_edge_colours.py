# module: session_b.train
# why: hollow circles whose edge colour gives the class (facecolors="none", edgecolors by label), so the shading shows through; the boundary is the p = 0.5 contour
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    if np.any(np.asarray(w) != 0):
        ax.contour(xx, yy, probs, levels=[0.5], colors="k")
    edge = np.where(np.asarray(y) == 1, "darkred", "navy")
    ax.scatter(X[:, 0], X[:, 1], facecolors="none", edgecolors=edge, s=30, linewidths=1.5)
