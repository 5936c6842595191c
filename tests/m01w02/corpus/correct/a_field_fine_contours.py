# module: session_a.gradients
def gradient_field_figure():
    fine = np.linspace(-3, 3, 200)
    FX, FY = np.meshgrid(fine, fine)
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    ax.contour(FX, FY, f_xy(FX, FY), levels=[-5, 0, 5, 10, 20, 30])
    ax.quiver(X, Y, 2 * X + 3 * Y, 3 * X + 2 * Y, scale=300)
    return fig
