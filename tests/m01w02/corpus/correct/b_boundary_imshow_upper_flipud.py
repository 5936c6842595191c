# module: session_b.train
# why: imshow with the default origin="upper" and the probability grid flipped with np.flipud to match, plus a colorbar
def decision_boundary_figure(X, y, w, b):
    x_lo, x_hi = X[:, 0].min() - 1, X[:, 0].max() + 1
    y_lo, y_hi = X[:, 1].min() - 1, X[:, 1].max() + 1
    gx, gy = np.meshgrid(np.linspace(x_lo, x_hi, 120), np.linspace(y_lo, y_hi, 120))
    p = predict_proba(np.stack([gx.ravel(), gy.ravel()], axis=1), w, b).reshape(gx.shape)
    fig, ax = plt.subplots()
    im = ax.imshow(np.flipud(p), extent=[x_lo, x_hi, y_lo, y_hi], cmap="coolwarm", vmin=0, vmax=1, aspect="auto")
    fig.colorbar(im)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="coolwarm", edgecolors="w")
    ax.set_title("P(y = 1 | x)")
    return fig
