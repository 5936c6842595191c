# module: session_b.train
def decision_boundary_figure(X, y, w, b):
    xs = np.linspace(-6, 6, 60)
    gx, gy = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.contour(gx, gy, w[0] * gx + w[1] * gy + b, levels=[0.0], colors="k")  # the logit's zero line
    ax.scatter(X[:, 0], X[:, 1], c=y)
    return fig
