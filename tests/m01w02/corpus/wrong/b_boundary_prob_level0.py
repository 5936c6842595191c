# module: session_b.train
# check: session_b.decision_boundary_figure
# why: contours the probabilities at level 0 (the logit's threshold) instead of 0.5, which draws no line at all
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    lo, hi = X.min(axis=0) - 1, X.max(axis=0) + 1
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contour(xx, yy, probs, levels=[0.0], colors="k")
    ax.scatter(X[:, 0], X[:, 1], c=y)
    return fig
