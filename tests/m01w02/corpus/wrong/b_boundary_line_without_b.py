# module: session_b.train
# check: session_b.decision_boundary_figure
# pitfall: boundary_without_b
# seeds: 20
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y)
    x1 = np.linspace(X[:, 0].min(), X[:, 0].max(), 100)
    ax.plot(x1, -w[0] * x1 / w[1], "k-")  # b left out
    return fig
