# module: session_b.train
# check: session_b.decision_boundary_figure
# why: contours the logit w·x + b at level 0.5 (the probability threshold) instead of level 0
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    lo, hi = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    logits = w[0] * xx + w[1] * yy + b
    ax.contour(xx, yy, logits, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y)
    return fig
