<?php
/**
 * The edit lock, as WordPress's own editor keeps it: post meta `_edit_lock` = "time:user id",
 * fresh for `wp_check_post_lock_window` seconds (150 by default) after the holder's last refresh.
 * The desk reads, takes, refreshes and releases the same lock, so a desk and a browser see each
 * other. `_nejat_lock_since` remembers when the current holder took it (the editor's "since").
 *
 * @package NejatDeskCompanion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * GET, POST and DELETE /nejat-desk/v1/posts/<id>/lock.
 */
function nejat_desk_register_lock_routes() {
	$args = array(
		'id' => array(
			'type'     => 'integer',
			'required' => true,
		),
	);
	register_rest_route(
		NEJAT_DESK_COMPANION_NAMESPACE,
		'/posts/(?P<id>\d+)/lock',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'nejat_desk_read_lock',
				'permission_callback' => 'nejat_desk_can_edit_post',
				'args'                => $args,
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'nejat_desk_take_lock',
				'permission_callback' => 'nejat_desk_can_edit_post',
				'args'                => $args + array(
					'take_over' => array(
						'type'    => 'boolean',
						'default' => false,
					),
				),
			),
			array(
				'methods'             => WP_REST_Server::DELETABLE,
				'callback'            => 'nejat_desk_release_lock',
				'permission_callback' => 'nejat_desk_can_edit_post',
				'args'                => $args,
			),
		)
	);
}

/**
 * The route's post exists and the current user may edit it.
 *
 * @param WP_REST_Request $request The request.
 * @return true|WP_Error
 */
function nejat_desk_can_edit_post( $request ) {
	$post = get_post( (int) $request['id'] );
	if ( ! $post ) {
		return new WP_Error( 'rest_post_invalid_id', __( 'Invalid post ID.' ), array( 'status' => 404 ) );
	}
	if ( ! current_user_can( 'edit_post', $post->ID ) ) {
		return new WP_Error( 'rest_cannot_edit', __( 'Sorry, you are not allowed to edit this post.' ), array( 'status' => rest_authorization_required_code() ) );
	}
	return true;
}

/**
 * The lock's window in seconds, WordPress's filter included.
 *
 * @return int
 */
function nejat_desk_lock_window() {
	/** This filter is documented in wp-admin/includes/post.php */
	return (int) apply_filters( 'wp_check_post_lock_window', 150 );
}

/**
 * The lock as the desk reads it: who holds it, since when, when it was last refreshed, whether it
 * is still fresh and whether the caller holds it.
 *
 * @param int $post_id The post.
 * @return array<string, mixed>
 */
function nejat_desk_lock_state( $post_id ) {
	$raw   = (string) get_post_meta( $post_id, '_edit_lock', true );
	$parts = explode( ':', $raw );
	$time  = isset( $parts[0] ) ? (int) $parts[0] : 0;
	$user  = isset( $parts[1] ) ? (int) $parts[1] : 0;
	if ( ! $user ) {
		$user = (int) get_post_meta( $post_id, '_edit_last', true );
	}
	$fresh = $time > 0 && $user > 0 && $time > time() - nejat_desk_lock_window();
	$since = (int) get_post_meta( $post_id, '_nejat_lock_since', true );
	$owner = $user ? get_userdata( $user ) : false;
	return array(
		'post'       => (int) $post_id,
		'locked'     => $fresh,
		'mine'       => $fresh && get_current_user_id() === $user,
		'user'       => $fresh ? array(
			'id'   => $user,
			'name' => $owner ? $owner->display_name : '',
		) : null,
		'since_gmt'  => $fresh ? gmdate( 'Y-m-d\TH:i:s', $since && $since <= $time ? $since : $time ) : null,
		'last_gmt'   => $fresh ? gmdate( 'Y-m-d\TH:i:s', $time ) : null,
		'expires_gmt' => $fresh ? gmdate( 'Y-m-d\TH:i:s', $time + nejat_desk_lock_window() ) : null,
		'window'     => nejat_desk_lock_window(),
	);
}

/**
 * GET: the lock's state.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function nejat_desk_read_lock( $request ) {
	return rest_ensure_response( nejat_desk_lock_state( (int) $request['id'] ) );
}

/**
 * POST: take the lock, or refresh it when the caller holds it. Held by someone else, it is
 * refused (409, with the holder) unless `take_over` is true, as the editor's "Take over".
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function nejat_desk_take_lock( $request ) {
	$post_id = (int) $request['id'];
	$state   = nejat_desk_lock_state( $post_id );
	if ( $state['locked'] && ! $state['mine'] && ! $request['take_over'] ) {
		return new WP_Error(
			'nejat_desk_locked',
			sprintf(
				/* translators: %s: the name of the user holding the lock. */
				__( '%s is currently editing this post.', 'nejat-desk-companion' ),
				$state['user']['name']
			),
			array(
				'status' => 409,
				'lock'   => $state,
			)
		);
	}
	if ( ! function_exists( 'wp_set_post_lock' ) ) {
		require_once ABSPATH . 'wp-admin/includes/post.php';
	}
	if ( ! $state['mine'] ) {
		update_post_meta( $post_id, '_nejat_lock_since', time() );
	}
	wp_set_post_lock( $post_id );
	return rest_ensure_response( nejat_desk_lock_state( $post_id ) );
}

/**
 * DELETE: release the caller's lock, as the editor does when it closes (the lock is made stale,
 * keeping who held it last). A lock held by someone else is left alone (409).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function nejat_desk_release_lock( $request ) {
	$post_id = (int) $request['id'];
	$state   = nejat_desk_lock_state( $post_id );
	if ( $state['locked'] && ! $state['mine'] ) {
		return new WP_Error(
			'nejat_desk_locked',
			__( 'Someone else holds this post\'s lock.', 'nejat-desk-companion' ),
			array(
				'status' => 409,
				'lock'   => $state,
			)
		);
	}
	if ( $state['mine'] ) {
		$stale = ( time() - nejat_desk_lock_window() - 1 ) . ':' . get_current_user_id();
		update_post_meta( $post_id, '_edit_lock', $stale );
		delete_post_meta( $post_id, '_nejat_lock_since' );
	}
	return rest_ensure_response( nejat_desk_lock_state( $post_id ) );
}
