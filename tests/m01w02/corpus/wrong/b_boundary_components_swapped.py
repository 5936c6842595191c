# module: session_b.train
# check: session_b.decision_boundary_figure
# why: w₁ and w₂ swapped in the line: x₂ = −(w₂x₁ + b) / w₁
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y)
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 50)
    ax.plot(xs, -(w[1] * xs + b) / w[0], "k-")
    return fig
