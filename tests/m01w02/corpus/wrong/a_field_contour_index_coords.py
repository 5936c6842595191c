# module: session_a.gradients
# check: session_a.gradient_field_figure
# why: ax.contour(F) without X, Y: the contours are drawn in grid-index coordinates (0..19), not over [−3, 3]²
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.contour(f_xy(X, Y), levels=20)
    ax.quiver(X, Y, df_dx(X, Y), df_dy(X, Y))
    return fig
