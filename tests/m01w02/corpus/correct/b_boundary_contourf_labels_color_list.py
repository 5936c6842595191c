# module: session_b.train
# why: filled contour of the predicted LABELS with levels [-0.5, 0.5, 1.5]; points coloured from a list of colour names
def decision_boundary_figure(X, y, w, b):
    gx, gy = np.meshgrid(np.linspace(-7, 7, 200), np.linspace(-7, 7, 200))
    labels = predict(np.column_stack([gx.ravel(), gy.ravel()]), w, b).reshape(gx.shape)
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.contourf(gx, gy, labels, levels=[-0.5, 0.5, 1.5], colors=["#cce5ff", "#ffd6cc"])
    colours = ["tab:blue" if t == 0 else "tab:red" for t in y]
    ax.scatter(X[:, 0], X[:, 1], c=colours)
    return fig
