# module: session_b.train
# why: two panels: the data + boundary (parametric line, fill_between half-planes), and a side panel plotting sorted probabilities
def decision_boundary_figure(X, y, w, b):
    fig, (ax, side) = plt.subplots(1, 2, figsize=(10, 4))
    for label, colour in zip((0, 1), ("C0", "C1")):
        ax.plot(X[y == label, 0], X[y == label, 1], "o", color=colour, label=str(label))
    t = np.linspace(-8, 8, 30)
    centre = -b * w / (w @ w)
    line = centre + np.outer(t, [-w[1], w[0]]) / np.linalg.norm(w)
    ax.plot(line[:, 0], line[:, 1], "k-")
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 50)
    ax.fill_between(xs, -(w[0] * xs + b) / w[1], X[:, 1].max() + 1, color="C1", alpha=0.1)
    ax.set_xlim(X[:, 0].min() - 1, X[:, 0].max() + 1)
    ax.set_ylim(X[:, 1].min() - 1, X[:, 1].max() + 1)
    side.plot(np.sort(predict_proba(X, w, b)), ".-")
    side.set_title("sorted P(y = 1)")
    return fig
