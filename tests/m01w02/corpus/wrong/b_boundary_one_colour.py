# module: session_b.train
# check: session_b.decision_boundary_figure
# says: two classes are drawn alike
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], color="k")
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 50)
    ax.plot(xs, -(w[0] * xs + b) / w[1])
    return fig
