# module: session_b.train
def decision_boundary_figure(X, y, w, b):
    xs = np.linspace(X[:, 0].min() - 1, X[:, 0].max() + 1, 80)
    ys = np.linspace(X[:, 1].min() - 1, X[:, 1].max() + 1, 80)
    gx, gy = np.meshgrid(xs, ys)
    p = sigmoid(w[0] * gx + w[1] * gy + b)
    fig, ax = plt.subplots()
    ax.pcolormesh(gx, gy, p, shading="nearest", cmap="RdBu_r")
    ax.scatter(X[:, 0], X[:, 1], c=y, edgecolors="k")
    return fig
