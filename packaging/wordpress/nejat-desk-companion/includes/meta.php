<?php
/**
 * The desk's fields as post meta, readable and writable through the REST API (`meta` of
 * /wp/v2/posts and /wp/v2/media) by users who may edit the post.
 *
 * @package NejatDeskCompanion
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// A JSON document larger than this is not a desk record (the longest articles are a few hundred KB).
const NEJAT_DESK_MAX_RECORD_BYTES = 4194304;

/**
 * Meta of posts (articles, galleries and publication issues are all posts on the site).
 *
 * @return array<string, array{type: string, description: string}>
 */
function nejat_desk_post_meta_fields() {
	return array(
		'nejat_byline'            => array( 'type' => 'string', 'description' => 'The byline as the desk shows it.' ),
		'nejat_source_name'       => array( 'type' => 'string', 'description' => 'The name of the source the article comes from.' ),
		'nejat_source_url'        => array( 'type' => 'string', 'description' => 'The address of that source (http or https).' ),
		'nejat_uid'               => array( 'type' => 'string', 'description' => 'The desk\'s identity of the article, gallery or issue.' ),
		'nejat_kind'              => array( 'type' => 'string', 'description' => 'article, gallery or issue.' ),
		'nejat_edition'           => array( 'type' => 'string', 'description' => 'The desk edition code (en, ar, fa, sq).' ),
		'nejat_translation_group' => array( 'type' => 'string', 'description' => 'The desk\'s identity of the translation group.' ),
		'nejat_translation_of'    => array( 'type' => 'string', 'description' => 'The desk identity of the article this one translates (empty for an original).' ),
		'nejat_follows_revision'  => array( 'type' => 'integer', 'description' => 'Which text revision of the source this translation follows (0: none).' ),
		'nejat_record'            => array( 'type' => 'string', 'description' => 'The desk\'s own record of the post as JSON (Markdown source, attachments, gallery and issue fields).' ),
	);
}

/**
 * Meta of attachments: what core keeps once per file, the desk keeps per edition.
 *
 * @return array<string, array{type: string, description: string}>
 */
function nejat_desk_attachment_meta_fields() {
	return array(
		'nejat_credit' => array( 'type' => 'string', 'description' => 'Who made the picture or document.' ),
		'nejat_texts'  => array( 'type' => 'string', 'description' => 'Alt text and caption per edition, as JSON: {"fa": {"alt": "…", "caption": "…"}}.' ),
		'nejat_sha256' => array( 'type' => 'string', 'description' => 'SHA-256 of the file the desk uploaded.' ),
	);
}

/**
 * Registered on init for the post and attachment types, each with its own sanitiser and an auth
 * callback that asks WordPress whether the current user may edit that very post.
 */
function nejat_desk_register_meta() {
	$groups = array(
		'post'       => nejat_desk_post_meta_fields(),
		'attachment' => nejat_desk_attachment_meta_fields(),
	);
	foreach ( $groups as $post_type => $fields ) {
		foreach ( $fields as $key => $field ) {
			register_post_meta(
				$post_type,
				$key,
				array(
					'type'              => $field['type'],
					'description'       => $field['description'],
					'single'            => true,
					'default'           => 'integer' === $field['type'] ? 0 : '',
					'show_in_rest'      => true,
					'sanitize_callback' => 'nejat_desk_sanitize_meta',
					'auth_callback'     => 'nejat_desk_meta_auth',
				)
			);
		}
	}
}

/**
 * Whether the current user may change this meta of this post.
 *
 * @param bool   $allowed  What WordPress decided so far.
 * @param string $meta_key The key.
 * @param int    $post_id  The post.
 * @return bool
 */
function nejat_desk_meta_auth( $allowed, $meta_key, $post_id ) {
	return current_user_can( 'edit_post', $post_id );
}

/**
 * Text is kept exactly as the desk sent it (right-to-left marks and ZWNJ included): it is data
 * for the desk, printed by themes only through their own escaping. Only what cannot be right is
 * refused: invalid UTF-8, a source address that is not http(s), a record that is not JSON.
 *
 * @param mixed  $value    The value sent.
 * @param string $meta_key The key.
 * @return mixed
 */
function nejat_desk_sanitize_meta( $value, $meta_key ) {
	if ( 'nejat_follows_revision' === $meta_key ) {
		return max( 0, (int) $value );
	}
	$value = is_scalar( $value ) ? (string) $value : '';
	if ( '' === $value ) {
		return '';
	}
	if ( ! wp_check_invalid_utf8( $value ) ) {
		return '';
	}
	if ( 'nejat_source_url' === $meta_key && ! preg_match( '#^https?://#i', $value ) ) {
		return '';
	}
	if ( in_array( $meta_key, array( 'nejat_record', 'nejat_texts' ), true ) ) {
		if ( strlen( $value ) > NEJAT_DESK_MAX_RECORD_BYTES || null === json_decode( $value ) ) {
			return '';
		}
	} elseif ( strlen( $value ) > 65535 ) {
		return '';
	}
	return $value;
}
