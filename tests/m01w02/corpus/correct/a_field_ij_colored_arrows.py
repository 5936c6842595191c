# module: session_a.gradients
# why: meshgrid(indexing="ij"), arrows coloured by |grad f| (5th quiver arg) with a colorbar, pivot="mid", clabel on the contours
def gradient_field_figure():
    g = np.linspace(-3, 3, 20)
    X, Y = np.meshgrid(g, g, indexing="ij")
    U, V = df_dx(X, Y), df_dy(X, Y)
    fig, ax = plt.subplots()
    cs = ax.contour(X, Y, f_xy(X, Y), levels=12, colors="grey", linewidths=0.8)
    ax.clabel(cs, fontsize=7)
    q = ax.quiver(X, Y, U, V, np.hypot(U, V), pivot="mid", cmap="plasma", angles="xy")
    fig.colorbar(q, ax=ax, label="|grad f|")
    ax.set_aspect("equal")
    return fig
