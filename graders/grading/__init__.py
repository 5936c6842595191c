"""Running a week's checks on one submission, and reporting the results."""
