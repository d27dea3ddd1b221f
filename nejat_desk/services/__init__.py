"""Use cases over the library (articles, media, schedule, export, search, sync). No Qt."""
