# module: session_b.train
# why: the boundary drawn as a line with ax.plot, plus dashed iso-probability contours at p = 0.25 and 0.75 ("how sure" bands)
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="coolwarm", edgecolors="k")
    x1 = np.linspace(X[:, 0].min() - 1, X[:, 0].max() + 1, 50)
    ax.plot(x1, -(w[0] * x1 + b) / w[1], "k-", label="p = 0.5")
    gx, gy = np.meshgrid(np.linspace(-6, 6, 120), np.linspace(-6, 6, 120))
    p = predict_proba(np.c_[gx.ravel(), gy.ravel()], w, b).reshape(gx.shape)
    ax.contour(gx, gy, p, levels=[0.25, 0.75], colors="grey", linestyles="--")
    ax.legend()
    return fig
