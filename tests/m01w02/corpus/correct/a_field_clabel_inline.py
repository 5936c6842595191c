# module: session_a.gradients
# why: labelled contour lines (ax.clabel with inline labels, which cut gaps into the lines), then the quiver of ∇f
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    fig, ax = plt.subplots(figsize=(6, 5))
    fine = np.linspace(-3, 3, 121)
    FX, FY = np.meshgrid(fine, fine)
    cs = ax.contour(FX, FY, f_xy(FX, FY), levels=np.arange(-8, 46, 4), colors="gray")
    ax.clabel(cs, inline=True, fontsize=7, fmt="%d")
    U, V = grad_f(X, Y)
    ax.quiver(X, Y, U, V)
    return fig
