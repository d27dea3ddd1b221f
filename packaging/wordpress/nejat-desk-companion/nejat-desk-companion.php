<?php
/**
 * Plugin Name:       Nejat Desk Companion
 * Plugin URI:        https://github.com/nejat-desk/nejat-desk
 * Description:       Gives the Nejat Desk editorial workstation what WordPress core lacks: the desk's article fields as post meta in the REST API (byline, source, translation group, which revision of the source a translation follows, per-edition picture texts and credit), the edit lock and review notes.
 * Version:           1.0.0
 * Requires at least: 5.6
 * Requires PHP:      7.4
 * Author:            Nejat Desk
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       nejat-desk-companion
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of
 * the GNU General Public License as published by the Free Software Foundation; either version 2
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY;
 * without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See
 * the GNU General Public License for more details.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// The one place the version is written; /nejat-desk/v1/info reports it and the desk shows it.
define( 'NEJAT_DESK_COMPANION_VERSION', '1.0.0' );
define( 'NEJAT_DESK_COMPANION_NAMESPACE', 'nejat-desk/v1' );

require_once __DIR__ . '/includes/meta.php';
require_once __DIR__ . '/includes/lock.php';
require_once __DIR__ . '/includes/notes.php';
require_once __DIR__ . '/includes/info.php';

add_action( 'init', 'nejat_desk_register_meta' );
add_action( 'rest_api_init', 'nejat_desk_register_lock_routes' );
add_action( 'rest_api_init', 'nejat_desk_register_note_routes' );
add_action( 'rest_api_init', 'nejat_desk_register_info_route' );
