"""Publishing to WordPress sites and syncing with them over the REST API.

Modules: client (HTTP), credentials (keyring), sites (profiles, test connection), media (uploads),
terms, push, pull (HTML to Markdown through core.htmlmd), outbox (queue, retries, conflicts), watch
(queue an update when a pushed article changes). No Qt here.
"""
