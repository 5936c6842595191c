# module: session_b.train
# check: session_b.decision_boundary_figure
# why: scatters (X[:, 1], X[:, 0]): the points are drawn with their coordinates swapped
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 1], X[:, 0], c=y)
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 50)
    ax.plot(xs, -(w[0] * xs + b) / w[1], "k-")
    return fig
