# module: session_b.train
# check: session_b.decision_boundary_figure
# why: sorts x₁ = X[:, 0] in place to draw the line (a view), which reorders the first column of the caller's X
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y)
    xs = X[:, 0]
    xs.sort()
    ax.plot(xs, -(w[0] * xs + b) / w[1], "k-")
    return fig
