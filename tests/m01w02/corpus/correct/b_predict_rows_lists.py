# module: session_b.train
# why: row-by-row Python loops: predict_proba returns a list of floats, predict a list of ints; the learner's own
# plotting helper wraps the list in np.asarray (the reference helper calls .reshape on predict_proba's result)
def predict_proba(X, w, b):
    return [float(sigmoid(float(row @ w) + b)) for row in X]


def predict(X, w, b):
    return [1 if p >= 0.5 else 0 for p in predict_proba(X, w, b)]


def plot_decision_boundary(ax, X, y, w, b):
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    xx, yy = np.meshgrid(np.linspace(lo[0], hi[0], 100), np.linspace(lo[1], hi[1], 100))
    probs = np.asarray(predict_proba(np.column_stack([xx.ravel(), yy.ravel()]), w, b)).reshape(xx.shape)
    ax.contourf(xx, yy, probs, levels=np.linspace(0.0, 1.0, 11), cmap="RdBu_r", alpha=0.6)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolor="k", s=18)
