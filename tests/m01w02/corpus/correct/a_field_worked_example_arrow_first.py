# module: session_a.gradients
# why: first draws the worked example grad f(1, 2) = (8, 7) as a single red arrow, then the 20 x 20 field on top
# (the field itself is exactly as asked; the extra arrow is an annotation)
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.quiver([1.0], [2.0], *grad_f(1.0, 2.0), color="red", scale=150, label="grad f(1, 2) = (8, 7)")
    ax.contour(X, Y, f_xy(X, Y), levels=20)
    U, V = grad_f(X, Y)
    ax.quiver(X, Y, U, V, scale=200)
    ax.legend()
    return fig
