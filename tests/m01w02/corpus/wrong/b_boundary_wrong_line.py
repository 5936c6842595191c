# module: session_b.train
# check: session_b.decision_boundary_figure
# says: does not follow w·x \+ b = 0
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y)
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 50)
    ax.plot(xs, (w[0] * xs + b) / w[1])  # sign slip: the line should be −(w₁x₁ + b)/w₂
    return fig
