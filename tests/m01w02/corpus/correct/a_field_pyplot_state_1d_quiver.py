# module: session_a.gradients
# why: pyplot state machine (plt.figure / plt.contour / plt.quiver / plt.gcf) and a quiver given 1-D xs, ys with 2-D U, V
def gradient_field_figure():
    xs = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(xs, xs)
    U, V = grad_f(X, Y)
    plt.figure(figsize=(6, 6))
    plt.contour(X, Y, f_xy(X, Y), 20)
    plt.quiver(xs, xs, U, V)  # 1-D coordinates: matplotlib meshes them itself
    plt.xlabel("x")
    plt.ylabel("y")
    plt.title("grad f")
    return plt.gcf()
