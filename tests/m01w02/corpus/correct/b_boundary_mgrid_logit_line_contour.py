# module: session_b.train
# why: the grid made with np.mgrid (rows follow x₁), the logit contoured at 0 as the boundary and shaded by sign, plus the points
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    g1, g2 = np.mgrid[lo[0]:hi[0]:150j, lo[1]:hi[1]:150j]
    z = w[0] * g1 + w[1] * g2 + b
    ax.contourf(g1, g2, z > 0, levels=[-0.5, 0.5, 1.5], colors=["#9ecae1", "#fc9272"], alpha=0.5)
    if np.any(np.asarray(w) != 0):
        ax.contour(g1, g2, z, levels=[0.0], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="coolwarm", edgecolor="k", s=18)
