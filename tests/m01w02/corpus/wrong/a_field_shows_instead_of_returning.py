# module: session_a.gradients
# check: session_a.gradient_field_figure
# says: returned None.*plt.show
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    plt.contour(X, Y, f_xy(X, Y), levels=20)
    plt.quiver(X, Y, df_dx(X, Y), df_dy(X, Y))
    plt.show()
