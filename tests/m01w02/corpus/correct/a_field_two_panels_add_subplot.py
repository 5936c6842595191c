# module: session_a.gradients
# why: fig.add_subplot(1, 2, k): left panel an imshow of f with contours, right panel contourf + quiver; extra axis markers
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    F = f_xy(X, Y)
    fig = plt.figure(figsize=(11, 5))
    left = fig.add_subplot(1, 2, 1)
    left.imshow(F, extent=(-3, 3, -3, 3), origin="lower", cmap="viridis")
    left.contour(X, Y, F, levels=10, colors="w")
    left.set_title("f(x, y)")
    right = fig.add_subplot(1, 2, 2)
    right.contourf(X, Y, F, levels=20, cmap="Blues", alpha=0.7)
    right.quiver(X, Y, *grad_f(X, Y))
    right.axhline(0, color="k", linewidth=0.5)
    right.axvline(0, color="k", linewidth=0.5)
    right.set_title("grad f")
    return fig
