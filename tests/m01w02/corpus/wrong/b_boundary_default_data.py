# module: session_b.train
# check: session_b.decision_boundary_figure
# why: scatters make_blobs() (the default data set) instead of the X, y it is given
def decision_boundary_figure(X, y, w, b):
    X_plot, y_plot = make_blobs()
    fig, ax = plt.subplots()
    plot_decision_boundary(ax, X_plot, y_plot, w, b)
    return fig
