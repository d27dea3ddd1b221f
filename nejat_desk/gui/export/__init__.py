"""Export dialog and share-snippet previews."""
