"""Pure-Python domain: types and rules. Imports neither Qt nor SQLAlchemy."""
