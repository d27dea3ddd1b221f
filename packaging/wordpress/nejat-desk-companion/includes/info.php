<?php
/**
 * GET /nejat-desk/v1/info: that the plugin is there, its version, and what it offers, so the
 * desk can say which fields travel (any signed-in user who may edit posts may ask).
 *
 * @package NejatDeskCompanion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the route.
 */
function nejat_desk_register_info_route() {
	register_rest_route(
		NEJAT_DESK_COMPANION_NAMESPACE,
		'/info',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'nejat_desk_info',
			'permission_callback' => function () {
				return current_user_can( 'edit_posts' );
			},
		)
	);
}

/**
 * The plugin's name, version and features.
 *
 * @return WP_REST_Response
 */
function nejat_desk_info() {
	return rest_ensure_response(
		array(
			'plugin'          => 'nejat-desk-companion',
			'version'         => NEJAT_DESK_COMPANION_VERSION,
			'namespace'       => NEJAT_DESK_COMPANION_NAMESPACE,
			'post_meta'       => array_keys( nejat_desk_post_meta_fields() ),
			'attachment_meta' => array_keys( nejat_desk_attachment_meta_fields() ),
			'features'        => array( 'meta', 'lock', 'notes' ),
			'lock_window'     => nejat_desk_lock_window(),
			'polylang'        => function_exists( 'pll_get_post_language' ),
		)
	);
}
