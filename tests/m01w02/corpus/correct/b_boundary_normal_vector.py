# module: session_b.train
# why: boundary line plus the normal vector w drawn from the boundary's closest point (ax.plot segment + ax.annotate arrow)
def decision_boundary_figure(X, y, w, b):
    w = np.asarray(w, dtype=float)
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr", alpha=0.8)
    foot = -b * w / (w @ w)
    along = np.array([-w[1], w[0]]) / np.linalg.norm(w)
    seg = foot + np.outer(np.linspace(-10, 10, 2), along)
    ax.plot(seg[:, 0], seg[:, 1], "k", label="w.x + b = 0")
    tip = foot + 2 * w / np.linalg.norm(w)
    ax.plot([foot[0], tip[0]], [foot[1], tip[1]], "g-", lw=2)
    ax.annotate("w", xy=tip, xytext=foot, arrowprops=dict(arrowstyle="->", color="g"))
    ax.set_xlim(X[:, 0].min() - 1, X[:, 0].max() + 1)
    ax.set_ylim(X[:, 1].min() - 1, X[:, 1].max() + 1)
    ax.legend(loc="best")
    return fig
