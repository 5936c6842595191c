# module: session_a.gradients
# check: session_a.gradient_field_figure
# why: arrow positions come from an indexing="ij" grid while the gradients were computed on the "xy" grid
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    U, V = grad_f(X, Y)
    Xi, Yi = np.meshgrid(xs, xs, indexing="ij")
    fig, ax = plt.subplots()
    ax.contour(X, Y, f_xy(X, Y), levels=20)
    ax.quiver(Xi, Yi, U, V)
    return fig
