# module: session_b.train
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(*X[y == 0].T, label="class 0")
    ax.scatter(*X[y == 1].T, marker="x", label="class 1")
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 20)
    ax.plot(xs, -(w[0] * xs + b) / w[1], "k--", label="w·x + b = 0")
    ax.axhline(0, color="grey", linewidth=0.5)
    ax.legend()
    return fig
