# module: session_b.train
# why: contourf of sigma(z) with matplotlib's default levels (none given), plt.colorbar, and no explicit boundary line
def decision_boundary_figure(X, y, w, b):
    gx, gy = np.mgrid[-6:6:150j, -6:6:150j]
    p = sigmoid(w[0] * gx + w[1] * gy + b)
    fig = plt.figure()
    ax = fig.add_subplot(111)
    cs = ax.contourf(gx, gy, p, cmap="PiYG")
    plt.colorbar(cs, ax=ax)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="PiYG", edgecolors="k")
    return fig
