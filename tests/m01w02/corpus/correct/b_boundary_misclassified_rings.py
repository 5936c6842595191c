# module: session_b.train
# why: points coloured by label, boundary line, and hollow black rings around the misclassified points (facecolors="none")
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    ax.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr", s=20)
    wrong = predict(X, w, b) != y
    ax.scatter(X[wrong, 0], X[wrong, 1], facecolors="none", edgecolors="k", s=90, label="misclassified")
    xs = np.linspace(X[:, 0].min(), X[:, 0].max(), 2)
    ax.plot(xs, -(w[0] * xs + b) / w[1], "g-", lw=2, label="boundary")
    ax.legend()
    return fig
