# module: session_a.gradients
# check: session_a.gradient_field_figure
# why: quiver gets (∂f/∂y, ∂f/∂x): the arrow components are swapped
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.contour(X, Y, f_xy(X, Y), levels=20)
    ax.quiver(X, Y, df_dy(X, Y), df_dx(X, Y))
    return fig
