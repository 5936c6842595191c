# module: session_b.train
# why: boundary w.x + b = 0 plus the two "margin" lines w.x + b = +/-1 drawn with ax.plot, axis markers with axhline/axvline
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    for label, marker in ((0, "o"), (1, "s")):
        pts = X[np.asarray(y) == label]
        ax.scatter(pts[:, 0], pts[:, 1], marker=marker, label=f"class {label}")
    xs = np.array([X[:, 0].min(), X[:, 0].max()])
    for offset, style in ((0, "k-"), (1, "k:"), (-1, "k:")):
        ax.plot(xs, (offset - b - w[0] * xs) / w[1], style)
    ax.axhline(0, color="0.8", zorder=0)
    ax.axvline(0, color="0.8", zorder=0)
    ax.legend()
    return fig
