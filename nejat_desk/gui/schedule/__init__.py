"""The Schedule workspace: month, week and agenda views of the publication calendar."""
