# module: session_b.train
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.plot(X[y == 0, 0], X[y == 0, 1], "bo", label="0")  # points drawn with plot, not scatter
    ax.plot(X[y == 1, 0], X[y == 1, 1], "r^", label="1")
    ax.axline((0.0, -b / w[1]), slope=-w[0] / w[1], color="k")
    return fig
