# module: session_b.train
# why: all points drawn in grey, then the positives drawn again on top in red (a common "highlight the class" style): class 0 is grey, class 1 red; the boundary is the p = 0.5 contour
def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b).reshape(xx.shape)
    if np.any(np.asarray(w) != 0):
        ax.contour(xx, yy, probs, levels=[0.5], colors="k")
    ax.scatter(X[:, 0], X[:, 1], color="0.6", s=18, label="all points")
    positive = np.asarray(y) == 1
    ax.scatter(X[positive, 0], X[positive, 1], color="red", s=18, label="y = 1")
    ax.legend()
