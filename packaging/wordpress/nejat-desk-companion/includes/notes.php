<?php
/**
 * Review notes: a list per post, each one its own `_nejat_review_note` meta row holding JSON
 * (who, when, what kind, the text), so adding a note never rewrites another's.
 *
 * @package NejatDeskCompanion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const NEJAT_DESK_NOTE_KEY       = '_nejat_review_note';
const NEJAT_DESK_NOTE_MAX_CHARS = 10000;
const NEJAT_DESK_NOTE_KINDS     = array( 'note', 'review', 'return' );

/**
 * GET/POST /nejat-desk/v1/posts/<id>/notes and GET /nejat-desk/v1/notes.
 */
function nejat_desk_register_note_routes() {
	register_rest_route(
		NEJAT_DESK_COMPANION_NAMESPACE,
		'/posts/(?P<id>\d+)/notes',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'nejat_desk_list_post_notes',
				'permission_callback' => 'nejat_desk_can_edit_post',
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'nejat_desk_add_note',
				'permission_callback' => 'nejat_desk_can_edit_post',
				'args'                => array(
					'text' => array(
						'type'     => 'string',
						'required' => true,
					),
					'kind' => array(
						'type'    => 'string',
						'enum'    => NEJAT_DESK_NOTE_KINDS,
						'default' => 'note',
					),
				),
			),
		)
	);
	register_rest_route(
		NEJAT_DESK_COMPANION_NAMESPACE,
		'/notes',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'nejat_desk_recent_notes',
			'permission_callback' => function () {
				return current_user_can( 'edit_posts' );
			},
			'args'                => array(
				'after'    => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'per_page' => array(
					'type'    => 'integer',
					'default' => 100,
					'minimum' => 1,
					'maximum' => 500,
				),
			),
		)
	);
}

/**
 * One stored note as the API shows it.
 *
 * @param int    $post_id The post.
 * @param int    $meta_id The meta row (the note's id).
 * @param string $json    The stored JSON.
 * @return array<string, mixed>|null
 */
function nejat_desk_note_view( $post_id, $meta_id, $json ) {
	$data = json_decode( $json, true );
	if ( ! is_array( $data ) ) {
		return null;
	}
	$author = isset( $data['author'] ) ? get_userdata( (int) $data['author'] ) : false;
	return array(
		'id'          => (int) $meta_id,
		'post'        => (int) $post_id,
		'author'      => array(
			'id'   => isset( $data['author'] ) ? (int) $data['author'] : 0,
			'name' => $author ? $author->display_name : '',
		),
		'created_gmt' => isset( $data['created_gmt'] ) ? (string) $data['created_gmt'] : '',
		'kind'        => isset( $data['kind'] ) ? (string) $data['kind'] : 'note',
		'text'        => isset( $data['text'] ) ? (string) $data['text'] : '',
	);
}

/**
 * The post's notes, oldest first.
 *
 * @param int $post_id The post.
 * @return array<int, array<string, mixed>>
 */
function nejat_desk_post_notes( $post_id ) {
	global $wpdb;
	$rows  = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT meta_id, meta_value FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = %s ORDER BY meta_id ASC",
			$post_id,
			NEJAT_DESK_NOTE_KEY
		)
	);
	$notes = array();
	foreach ( $rows as $row ) {
		$note = nejat_desk_note_view( $post_id, $row->meta_id, $row->meta_value );
		if ( $note ) {
			$notes[] = $note;
		}
	}
	return $notes;
}

/**
 * GET /posts/<id>/notes.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function nejat_desk_list_post_notes( $request ) {
	return rest_ensure_response( nejat_desk_post_notes( (int) $request['id'] ) );
}

/**
 * POST /posts/<id>/notes: add a note by the current user (201 with the note).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function nejat_desk_add_note( $request ) {
	$post_id = (int) $request['id'];
	$text    = (string) $request['text'];
	if ( '' === trim( $text ) ) {
		return new WP_Error( 'nejat_desk_empty_note', __( 'A note needs some text.', 'nejat-desk-companion' ), array( 'status' => 400 ) );
	}
	if ( ! wp_check_invalid_utf8( $text ) || mb_strlen( $text, 'UTF-8' ) > NEJAT_DESK_NOTE_MAX_CHARS ) {
		return new WP_Error( 'nejat_desk_bad_note', __( 'A note must be UTF-8 text of at most 10,000 characters.', 'nejat-desk-companion' ), array( 'status' => 400 ) );
	}
	$json    = wp_json_encode(
		array(
			'author'      => get_current_user_id(),
			'created_gmt' => gmdate( 'Y-m-d\TH:i:s' ),
			'kind'        => (string) $request['kind'],
			'text'        => $text,
		),
		JSON_UNESCAPED_UNICODE
	);
	$meta_id = add_post_meta( $post_id, NEJAT_DESK_NOTE_KEY, wp_slash( $json ) );
	if ( ! $meta_id ) {
		return new WP_Error( 'nejat_desk_note_not_saved', __( 'The note could not be saved.', 'nejat-desk-companion' ), array( 'status' => 500 ) );
	}
	$response = rest_ensure_response( nejat_desk_note_view( $post_id, $meta_id, $json ) );
	$response->set_status( 201 );
	return $response;
}

/**
 * GET /notes: the newest notes across the posts the user may edit, newest first, each with its
 * post's title and status (what waits for review, what was sent back).
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response
 */
function nejat_desk_recent_notes( $request ) {
	global $wpdb;
	$limit = (int) $request['per_page'];
	$after = $request['after'] ? gmdate( 'Y-m-d\TH:i:s', strtotime( $request['after'] . ( preg_match( '/(Z|[+-]\d\d:?\d\d)$/', $request['after'] ) ? '' : 'Z' ) ) ) : '';
	$rows  = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT post_id, meta_id, meta_value FROM {$wpdb->postmeta} WHERE meta_key = %s ORDER BY meta_id DESC LIMIT %d",
			NEJAT_DESK_NOTE_KEY,
			$limit * 4
		)
	);
	$notes = array();
	foreach ( $rows as $row ) {
		if ( count( $notes ) >= $limit ) {
			break;
		}
		if ( ! current_user_can( 'edit_post', (int) $row->post_id ) ) {
			continue;
		}
		$note = nejat_desk_note_view( (int) $row->post_id, $row->meta_id, $row->meta_value );
		if ( ! $note || ( $after && strcmp( $note['created_gmt'], $after ) <= 0 ) ) {
			continue;
		}
		$post                = get_post( (int) $row->post_id );
		$note['post_title']  = $post ? $post->post_title : '';
		$note['post_status'] = $post ? $post->post_status : '';
		$notes[]             = $note;
	}
	return rest_ensure_response( $notes );
}
