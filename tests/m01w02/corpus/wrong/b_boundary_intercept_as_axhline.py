# module: session_b.train
# check: session_b.decision_boundary_figure
# why: "the boundary crosses the x₂ axis at −b/w₂", drawn as a horizontal line ax.axhline(−b/w₂) over the shading: the slope is lost
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots(figsize=(5, 5))
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    ax.axhline(-b / w[1], color="k", label="decision boundary")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
    return fig
