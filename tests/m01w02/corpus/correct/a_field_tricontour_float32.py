# module: session_a.gradients
# why: float32 grid, contours drawn with ax.tricontour on the flattened points, unit-length arrows via np.linalg.norm
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20, dtype=np.float32)
    X, Y = np.meshgrid(xs, xs)
    U, V = grad_f(X, Y)
    n = np.linalg.norm(np.stack([U, V]), axis=0)
    fig, ax = plt.subplots(1, 1, squeeze=False)
    ax = ax[0, 0]
    ax.tricontour(X.ravel(), Y.ravel(), f_xy(X, Y).ravel(), levels=15)
    ax.quiver(X, Y, U / n, V / n, color="tab:red")
    ax.plot(0, 0, "k*", markersize=10)  # the saddle point
    return fig
