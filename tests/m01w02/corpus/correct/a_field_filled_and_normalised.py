# module: session_a.gradients
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    U, V = grad_f(X, Y)
    length = np.hypot(U, V)
    fig = plt.figure()
    ax = fig.add_subplot()
    cs = ax.contourf(X, Y, f_xy(X, Y), levels=15, cmap="coolwarm")
    fig.colorbar(cs)
    ax.quiver(X, Y, U / length, V / length, angles="xy")
    return fig
