# module: session_b.train
# check: session_b.decision_boundary_figure
# says: does not follow w·x \+ b = 0
# why: the same slope slip (w₂/w₁ instead of −w₁/w₂) with no shading: the only line is perpendicular to the boundary; to see whether the message says the line is wrong
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots(figsize=(5, 5))
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    x1 = np.linspace(lo[0], hi[0], 50)
    ax.plot(x1, (w[1] / w[0]) * x1 - b / w[1], "k-", label="decision boundary")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
    ax.set_xlim(lo[0], hi[0])
    ax.set_ylim(lo[1], hi[1])
    return fig
