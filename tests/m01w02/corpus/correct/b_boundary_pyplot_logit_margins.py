# module: session_b.train
# why: pyplot state API (plt.scatter / plt.contour / plt.gcf), logit contours at levels [-1, 0, 1] with dashed margins
def decision_boundary_figure(X, y, w, b):
    plt.figure()
    plt.scatter(X[:, 0], X[:, 1], c=y)
    gx, gy = np.meshgrid(np.linspace(-6, 6, 80), np.linspace(-6, 6, 80))
    plt.contour(gx, gy, w[0] * gx + w[1] * gy + b, levels=[-1, 0, 1], colors="k", linestyles=["--", "-", "--"])
    plt.xlabel("x1")
    plt.ylabel("x2")
    return plt.gcf()
