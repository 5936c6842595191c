# module: session_b.train
# why: plt.subplots(1, 1, squeeze=False), ax.axline through two points of the boundary, scatter colorbar, title with numbers
def decision_boundary_figure(X, y, w, b):
    fig, axes = plt.subplots(1, 1, squeeze=False)
    ax = axes[0][0]
    sc = ax.scatter(X[:, 0], X[:, 1], c=y, cmap="viridis")
    fig.colorbar(sc, ax=ax, label="label")
    p0 = -b * np.asarray(w) / np.dot(w, w)          # closest boundary point to the origin
    direction = np.array([-w[1], w[0]])             # perpendicular to w
    ax.axline(tuple(p0), tuple(p0 + direction), color="k", linestyle="--")
    ax.set_title(f"w = ({w[0]:.2f}, {w[1]:.2f}), b = {b:.2f}")
    return fig
