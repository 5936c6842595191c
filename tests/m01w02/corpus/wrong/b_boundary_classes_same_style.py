# module: session_b.train
# check: session_b.decision_boundary_figure
# why: the two classes are scattered by two calls with the same colour and marker (black dots, copied line), so the figure cannot tell them apart
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots(figsize=(5, 5))
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    ax.contour(xx, yy, probs, levels=[0.5], colors="k")
    ax.scatter(X[y == 0, 0], X[y == 0, 1], c="k", s=12, marker="o")
    ax.scatter(X[y == 1, 0], X[y == 1, 1], c="k", s=12, marker="o")
    return fig
