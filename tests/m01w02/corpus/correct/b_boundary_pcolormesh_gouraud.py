# module: session_b.train
# why: probability shaded with pcolormesh(shading="gouraud") (smooth interpolation) under the scatter, colorbar, no separate line
def decision_boundary_figure(X, y, w, b):
    xs = np.linspace(X[:, 0].min() - 1, X[:, 0].max() + 1, 100)
    ys = np.linspace(X[:, 1].min() - 1, X[:, 1].max() + 1, 100)
    gx, gy = np.meshgrid(xs, ys)
    p = sigmoid(w[0] * gx + w[1] * gy + b)
    fig, ax = plt.subplots()
    mesh = ax.pcolormesh(gx, gy, p, shading="gouraud", cmap="RdBu_r", vmin=0, vmax=1)
    fig.colorbar(mesh, ax=ax, label="P(y = 1)")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="RdBu_r", edgecolors="k")
    return fig
