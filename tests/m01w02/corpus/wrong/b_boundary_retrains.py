# module: session_b.train
# check: session_b.decision_boundary_figure
# why: ignores the w and b it is given and draws the boundary of a model it trains itself on (X, y)
def decision_boundary_figure(X, y, w, b):
    w_fit, b_fit, _, _ = train(X, y)
    fig, ax = plt.subplots()
    plot_decision_boundary(ax, X, y, w_fit, b_fit)
    return fig
