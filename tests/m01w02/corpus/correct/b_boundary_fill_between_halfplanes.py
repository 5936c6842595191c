# module: session_b.train
# why: the two decision regions filled on either side of x₂ = −(w₁x₁ + b)/w₂ with fill_between (their common edge is the boundary), plus the points coloured by label
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr", edgecolor="k", s=18)
    if w[1] == 0:
        return
    x1 = np.linspace(lo[0], hi[0], 200)
    x2 = -(w[0] * x1 + b) / w[1]
    above_is_1 = w[1] > 0  # w·x + b grows with x₂ when w₂ > 0
    ax.fill_between(x1, x2, hi[1], color="red" if above_is_1 else "blue", alpha=0.15)
    ax.fill_between(x1, lo[1], x2, color="blue" if above_is_1 else "red", alpha=0.15)
    ax.set_xlim(lo[0], hi[0])
    ax.set_ylim(lo[1], hi[1])
