# module: session_b.train
# check: session_b.decision_boundary_figure
# says: shows 0 of the 60 data points
def decision_boundary_figure(X, y, w, b):
    fig, ax = plt.subplots()
    xs = np.linspace(-5, 5, 50)
    ax.plot(xs, -(w[0] * xs + b) / w[1])
    return fig
