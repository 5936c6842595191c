# module: session_a.gradients
# why: filled contours of f with explicit levels from −6 to 30 and extend="both" (f runs from −9 to 45 on the square, so both ends are open), then the quiver of ∇f on the 20 × 20 grid
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots()
    fine = np.linspace(-3, 3, 200)
    FX, FY = np.meshgrid(fine, fine)
    cs = ax.contourf(FX, FY, f_xy(FX, FY), levels=np.arange(-6, 31, 3), cmap="viridis", extend="both")
    fig.colorbar(cs, ax=ax)
    U, V = grad_f(X, Y)
    ax.quiver(X, Y, U, V, color="w")
    return fig
