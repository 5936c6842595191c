# module: session_b.train
# check: session_b.decision_boundary_figure
# pitfall: boundary_wrong_level
# seeds: 20
def decision_boundary_figure(X, y, w, b):
    xx, yy = np.meshgrid(np.linspace(-7, 7, 200), np.linspace(-7, 7, 200))
    p = predict_proba(np.c_[xx.ravel(), yy.ravel()], w, b).reshape(xx.shape)
    fig, ax = plt.subplots()
    ax.contour(xx, yy, p, levels=[0.3])  # the 30% line, not the boundary
    ax.scatter(X[:, 0], X[:, 1], c=y)
    return fig
