# module: session_b.train
# why: contour of the LOGIT at level 0 on a 12 x 12 grid: the logit is linear, so contour's linear interpolation puts every
# vertex exactly on w.x + b = 0 whatever the grid spacing
def decision_boundary_figure(X, y, w, b):
    xs = np.linspace(-7, 7, 12)
    gx, gy = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.contour(gx, gy, w[0] * gx + w[1] * gy + b, levels=[0], colors="k", linewidths=2)
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr")
    ax.set_xlim(-6, 6)
    ax.set_ylim(-6, 6)
    return fig
