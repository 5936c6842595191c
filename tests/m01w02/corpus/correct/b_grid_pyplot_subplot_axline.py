# module: session_b.animation
# why: pyplot state machine: plt.subplot(2, 2, i), plt.title("500 iterations"), boundary with plt.axline(slope=...), plt.gcf()
def snapshot_grid_figure(X, y, snapshots, iterations=(0, 100, 500, 2000)):
    plt.figure(figsize=(8, 7))
    for i, k in enumerate(iterations):
        plt.subplot(2, 2, i + 1)
        w, b = snapshots[k]
        plt.scatter(X[:, 0], X[:, 1], c=y, cmap="bwr", s=8)
        if w[1] != 0:
            plt.axline((0, -b / w[1]), slope=-w[0] / w[1], color="k")
        plt.title(f"{k} iterations")
    plt.tight_layout()
    return plt.gcf()
