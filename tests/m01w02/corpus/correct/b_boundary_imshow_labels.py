# module: session_b.train
def decision_boundary_figure(X, y, w, b):
    lo, hi = X.min() - 1, X.max() + 1
    xs = np.linspace(lo, hi, 150)
    gx, gy = np.meshgrid(xs, xs)
    labels = predict(np.c_[gx.ravel(), gy.ravel()], w, b).reshape(gx.shape)
    fig, ax = plt.subplots()
    ax.imshow(labels, extent=(lo, hi, lo, hi), origin="lower", alpha=0.3, cmap="bwr")
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr")
    return fig
