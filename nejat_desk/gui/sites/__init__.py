"""The Sites workspace: WordPress site profiles, the outbox, conflicts side by side, pull."""
