-- The schema the migrations build (storage/migrations), replayed by storage.schema_dump to
-- create a new library without importing Alembic. Generated: do not edit; regenerate with
--     python -m nejat_desk.storage.schema_dump
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE editions (
	code VARCHAR(8) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	native_name VARCHAR(100) NOT NULL, 
	language VARCHAR(20) NOT NULL, 
	direction VARCHAR(3) NOT NULL, 
	time_zone VARCHAR(64) NOT NULL, 
	calendar VARCHAR(20) NOT NULL, 
	site_url VARCHAR(500) NOT NULL, 
	permalink_pattern VARCHAR(200) NOT NULL, 
	hashtags JSON NOT NULL, 
	social_handles JSON NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_editions PRIMARY KEY (code)
);
CREATE TABLE library_settings (
	"key" VARCHAR(100) NOT NULL, 
	value JSON NOT NULL, 
	CONSTRAINT pk_library_settings PRIMARY KEY ("key")
);
CREATE TABLE media_items (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	sha256 VARCHAR(64), 
	original_filename VARCHAR(1000) NOT NULL, 
	mime_type VARCHAR(100) NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	width INTEGER, 
	height INTEGER, 
	duration_s FLOAT, 
	taken_at DATETIME, 
	camera VARCHAR(200) NOT NULL, 
	orientation INTEGER, 
	has_gps BOOLEAN NOT NULL, 
	phash VARCHAR(32) NOT NULL, 
	title TEXT NOT NULL, 
	credit VARCHAR(500) NOT NULL, 
	copyright VARCHAR(500) NOT NULL, 
	licence VARCHAR(200) NOT NULL, 
	rating INTEGER NOT NULL, 
	tags JSON NOT NULL, 
	focal_x FLOAT NOT NULL, 
	focal_y FLOAT NOT NULL, 
	crops JSON NOT NULL, 
	source_url VARCHAR(2000) NOT NULL, 
	poster_media_id INTEGER, 
	alt_missing_from_site BOOLEAN NOT NULL, 
	raw_metadata JSON NOT NULL, 
	deleted_at DATETIME, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_media_items PRIMARY KEY (id), 
	CONSTRAINT fk_media_items_poster_media_id_media_items FOREIGN KEY(poster_media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT uq_media_items_sha256 UNIQUE (sha256), 
	CONSTRAINT uq_media_items_uid UNIQUE (uid)
);
CREATE TABLE saved_filters (
	id INTEGER NOT NULL, 
	workspace VARCHAR(40) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	definition JSON NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_saved_filters PRIMARY KEY (id), 
	CONSTRAINT uq_saved_filters_uid UNIQUE (uid), 
	CONSTRAINT uq_saved_filters_workspace UNIQUE (workspace, name)
);
CREATE TABLE site_profiles (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	base_url VARCHAR(500) NOT NULL, 
	username VARCHAR(200) NOT NULL, 
	editions JSON NOT NULL, 
	capabilities JSON NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_site_profiles PRIMARY KEY (id), 
	CONSTRAINT uq_site_profiles_name UNIQUE (name), 
	CONSTRAINT uq_site_profiles_uid UNIQUE (uid)
);
CREATE TABLE translation_groups (
	id INTEGER NOT NULL, 
	original_article_id INTEGER, 
	uid VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_translation_groups PRIMARY KEY (id), 
	CONSTRAINT fk_translation_groups_original_article_id_articles FOREIGN KEY(original_article_id) REFERENCES articles (id) ON DELETE SET NULL, 
	CONSTRAINT uq_translation_groups_uid UNIQUE (uid)
);
CREATE TABLE categories (
	id INTEGER NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	parent_id INTEGER, 
	name VARCHAR(200) NOT NULL, 
	slug VARCHAR(200) NOT NULL, 
	description TEXT NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_categories PRIMARY KEY (id), 
	CONSTRAINT fk_categories_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT fk_categories_parent_id_categories FOREIGN KEY(parent_id) REFERENCES categories (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_categories_edition_code UNIQUE (edition_code, slug), 
	CONSTRAINT uq_categories_uid UNIQUE (uid)
);
CREATE TABLE galleries (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	slug VARCHAR(400) NOT NULL, 
	cover_media_id INTEGER, 
	status VARCHAR(20) NOT NULL, 
	scheduled_at DATETIME, 
	published_at DATETIME, 
	deleted_at DATETIME, 
	version INTEGER NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_galleries PRIMARY KEY (id), 
	CONSTRAINT fk_galleries_cover_media_id_media_items FOREIGN KEY(cover_media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT uq_galleries_uid UNIQUE (uid)
);
CREATE TABLE media_texts (
	media_id INTEGER NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	caption TEXT NOT NULL, 
	alt_text TEXT NOT NULL, 
	CONSTRAINT pk_media_texts PRIMARY KEY (media_id, edition_code), 
	CONSTRAINT fk_media_texts_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT fk_media_texts_media_id_media_items FOREIGN KEY(media_id) REFERENCES media_items (id) ON DELETE CASCADE
);
CREATE TABLE outbox_jobs (
	id INTEGER NOT NULL, 
	site_id INTEGER NOT NULL, 
	object_type VARCHAR(20) NOT NULL, 
	object_id INTEGER NOT NULL, 
	action VARCHAR(20) NOT NULL, 
	options JSON NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME, 
	last_error TEXT NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_outbox_jobs PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_jobs_site_id_site_profiles FOREIGN KEY(site_id) REFERENCES site_profiles (id) ON DELETE CASCADE, 
	CONSTRAINT uq_outbox_jobs_uid UNIQUE (uid)
);
CREATE TABLE remote_links (
	id INTEGER NOT NULL, 
	site_id INTEGER NOT NULL, 
	object_type VARCHAR(20) NOT NULL, 
	local_id INTEGER NOT NULL, 
	remote_id INTEGER NOT NULL, 
	remote_link VARCHAR(2000) NOT NULL, 
	remote_slug VARCHAR(400) NOT NULL, 
	remote_modified_gmt DATETIME, 
	synced_hash VARCHAR(64) NOT NULL, 
	synced_version INTEGER NOT NULL, 
	synced_at DATETIME, 
	CONSTRAINT pk_remote_links PRIMARY KEY (id), 
	CONSTRAINT fk_remote_links_site_id_site_profiles FOREIGN KEY(site_id) REFERENCES site_profiles (id) ON DELETE CASCADE, 
	CONSTRAINT uq_remote_links_site_id UNIQUE (site_id, object_type, local_id), 
	CONSTRAINT uq_remote_links_site_id UNIQUE (site_id, object_type, remote_id)
);
CREATE TABLE tags (
	id INTEGER NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	slug VARCHAR(200) NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_tags PRIMARY KEY (id), 
	CONSTRAINT fk_tags_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT uq_tags_edition_code UNIQUE (edition_code, slug), 
	CONSTRAINT uq_tags_uid UNIQUE (uid)
);
CREATE TABLE articles (
	id INTEGER NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	title TEXT NOT NULL, 
	slug VARCHAR(400) NOT NULL, 
	body_md TEXT NOT NULL, 
	body_html TEXT NOT NULL, 
	excerpt TEXT NOT NULL, 
	translation_group_id INTEGER, 
	category_id INTEGER, 
	byline VARCHAR(300) NOT NULL, 
	author VARCHAR(200) NOT NULL, 
	source_name VARCHAR(300) NOT NULL, 
	source_url VARCHAR(2000) NOT NULL, 
	featured_media_id INTEGER, 
	featured_image_ref VARCHAR(1000) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	scheduled_at DATETIME, 
	published_at DATETIME, 
	deleted_at DATETIME, 
	extra JSON NOT NULL, 
	import_source VARCHAR(20) NOT NULL, 
	import_hash VARCHAR(64) NOT NULL, 
	import_version INTEGER NOT NULL, 
	version INTEGER NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, text_version INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_articles PRIMARY KEY (id), 
	CONSTRAINT fk_articles_category_id_categories FOREIGN KEY(category_id) REFERENCES categories (id) ON DELETE SET NULL, 
	CONSTRAINT fk_articles_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT fk_articles_featured_media_id_media_items FOREIGN KEY(featured_media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT fk_articles_translation_group_id_translation_groups FOREIGN KEY(translation_group_id) REFERENCES translation_groups (id), 
	CONSTRAINT uq_articles_edition_code UNIQUE (edition_code, slug), 
	CONSTRAINT uq_articles_uid UNIQUE (uid)
);
CREATE TABLE gallery_items (
	gallery_id INTEGER NOT NULL, 
	media_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_gallery_items PRIMARY KEY (gallery_id, media_id), 
	CONSTRAINT fk_gallery_items_gallery_id_galleries FOREIGN KEY(gallery_id) REFERENCES galleries (id) ON DELETE CASCADE, 
	CONSTRAINT fk_gallery_items_media_id_media_items FOREIGN KEY(media_id) REFERENCES media_items (id) ON DELETE RESTRICT
);
CREATE TABLE gallery_texts (
	gallery_id INTEGER NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	CONSTRAINT pk_gallery_texts PRIMARY KEY (gallery_id, edition_code), 
	CONSTRAINT fk_gallery_texts_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT fk_gallery_texts_gallery_id_galleries FOREIGN KEY(gallery_id) REFERENCES galleries (id) ON DELETE CASCADE
);
CREATE TABLE publication_series (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	edition_code VARCHAR(8) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	slug VARCHAR(200) NOT NULL, 
	category_id INTEGER, 
	uid VARCHAR(32) NOT NULL, sender_name TEXT DEFAULT '' NOT NULL, postal_address TEXT DEFAULT '' NOT NULL, unsubscribe TEXT DEFAULT '' NOT NULL, 
	CONSTRAINT pk_publication_series PRIMARY KEY (id), 
	CONSTRAINT fk_publication_series_category_id_categories FOREIGN KEY(category_id) REFERENCES categories (id) ON DELETE SET NULL, 
	CONSTRAINT fk_publication_series_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT uq_publication_series_uid UNIQUE (uid)
);
CREATE TABLE article_attachments (
	article_id INTEGER NOT NULL, 
	media_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_article_attachments PRIMARY KEY (article_id, media_id), 
	CONSTRAINT fk_article_attachments_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, 
	CONSTRAINT fk_article_attachments_media_id_media_items FOREIGN KEY(media_id) REFERENCES media_items (id) ON DELETE RESTRICT
);
CREATE TABLE article_tags (
	article_id INTEGER NOT NULL, 
	tag_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_article_tags PRIMARY KEY (article_id, tag_id), 
	CONSTRAINT fk_article_tags_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, 
	CONSTRAINT fk_article_tags_tag_id_tags FOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE
);
CREATE TABLE publication_issues (
	id INTEGER NOT NULL, 
	series_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	title TEXT NOT NULL, 
	issue_date DATE, 
	cover_media_id INTEGER, 
	pdf_media_id INTEGER, 
	status VARCHAR(20) NOT NULL, 
	scheduled_at DATETIME, 
	published_at DATETIME, 
	deleted_at DATETIME, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_publication_issues PRIMARY KEY (id), 
	CONSTRAINT fk_publication_issues_cover_media_id_media_items FOREIGN KEY(cover_media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT fk_publication_issues_pdf_media_id_media_items FOREIGN KEY(pdf_media_id) REFERENCES media_items (id) ON DELETE SET NULL, 
	CONSTRAINT fk_publication_issues_series_id_publication_series FOREIGN KEY(series_id) REFERENCES publication_series (id) ON DELETE CASCADE, 
	CONSTRAINT uq_publication_issues_series_id UNIQUE (series_id, number), 
	CONSTRAINT uq_publication_issues_uid UNIQUE (uid)
);
CREATE TABLE revisions (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	reason VARCHAR(30) NOT NULL, 
	note TEXT NOT NULL, 
	title TEXT NOT NULL, 
	body_md TEXT NOT NULL, 
	excerpt TEXT NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	meta JSON NOT NULL, 
	article_version INTEGER NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_revisions PRIMARY KEY (id), 
	CONSTRAINT fk_revisions_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, 
	CONSTRAINT uq_revisions_uid UNIQUE (uid)
);
CREATE TABLE social_snippets (
	id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	platform VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	edited BOOLEAN NOT NULL, 
	scheduled_at DATETIME, 
	status VARCHAR(20) NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_social_snippets PRIMARY KEY (id), 
	CONSTRAINT fk_social_snippets_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, 
	CONSTRAINT uq_social_snippets_article_id UNIQUE (article_id, platform), 
	CONSTRAINT uq_social_snippets_uid UNIQUE (uid)
);
CREATE TABLE issue_articles (
	issue_id INTEGER NOT NULL, 
	article_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_issue_articles PRIMARY KEY (issue_id, article_id), 
	CONSTRAINT fk_issue_articles_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE RESTRICT, 
	CONSTRAINT fk_issue_articles_issue_id_publication_issues FOREIGN KEY(issue_id) REFERENCES publication_issues (id) ON DELETE CASCADE
);
CREATE TABLE schedule_entries (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	article_id INTEGER, 
	gallery_id INTEGER, 
	issue_id INTEGER, 
	snippet_id INTEGER, 
	edition_code VARCHAR(8), 
	platform VARCHAR(20), 
	title TEXT NOT NULL, 
	due_at DATETIME NOT NULL, 
	state VARCHAR(20) NOT NULL, 
	surfaced_at DATETIME, 
	done_at DATETIME, 
	note TEXT NOT NULL, 
	uid VARCHAR(32) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_schedule_entries PRIMARY KEY (id), 
	CONSTRAINT fk_schedule_entries_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, 
	CONSTRAINT fk_schedule_entries_edition_code_editions FOREIGN KEY(edition_code) REFERENCES editions (code), 
	CONSTRAINT fk_schedule_entries_gallery_id_galleries FOREIGN KEY(gallery_id) REFERENCES galleries (id) ON DELETE CASCADE, 
	CONSTRAINT fk_schedule_entries_issue_id_publication_issues FOREIGN KEY(issue_id) REFERENCES publication_issues (id) ON DELETE CASCADE, 
	CONSTRAINT fk_schedule_entries_snippet_id_social_snippets FOREIGN KEY(snippet_id) REFERENCES social_snippets (id) ON DELETE CASCADE, 
	CONSTRAINT uq_schedule_entries_uid UNIQUE (uid)
);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, excerpt, byline, tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE translation_bases (article_id INTEGER NOT NULL, source_id INTEGER NOT NULL, revision_id INTEGER, source_text_version INTEGER NOT NULL, followed_at DATETIME NOT NULL, CONSTRAINT pk_translation_bases PRIMARY KEY (article_id), CONSTRAINT fk_translation_bases_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id) ON DELETE CASCADE, CONSTRAINT fk_translation_bases_source_id_articles FOREIGN KEY(source_id) REFERENCES articles (id) ON DELETE CASCADE, CONSTRAINT fk_translation_bases_revision_id_revisions FOREIGN KEY(revision_id) REFERENCES revisions (id) ON DELETE SET NULL);
CREATE TABLE preflight_overrides (id INTEGER NOT NULL, gallery_id INTEGER, issue_id INTEGER, created_at DATETIME NOT NULL, action VARCHAR(20) NOT NULL, reason TEXT NOT NULL, findings TEXT NOT NULL, CONSTRAINT pk_preflight_overrides PRIMARY KEY (id), CONSTRAINT fk_preflight_overrides_gallery_id_galleries FOREIGN KEY(gallery_id) REFERENCES galleries (id) ON DELETE CASCADE, CONSTRAINT fk_preflight_overrides_issue_id_publication_issues FOREIGN KEY(issue_id) REFERENCES publication_issues (id) ON DELETE CASCADE);
CREATE INDEX ix_media_items_deleted_at ON media_items (deleted_at);
CREATE INDEX ix_media_items_imported ON media_items (created_at);
CREATE INDEX ix_media_items_phash ON media_items (phash);
CREATE INDEX ix_galleries_deleted_at ON galleries (deleted_at);
CREATE INDEX ix_outbox_jobs_state ON outbox_jobs (state, next_attempt_at);
CREATE INDEX ix_articles_category_id ON articles (category_id);
CREATE INDEX ix_articles_deleted_at ON articles (deleted_at);
CREATE INDEX ix_articles_edition_code ON articles (edition_code);
CREATE INDEX ix_articles_scheduled ON articles (scheduled_at);
CREATE INDEX ix_articles_status ON articles (status);
CREATE INDEX ix_articles_translation_group_id ON articles (translation_group_id);
CREATE INDEX ix_articles_updated ON articles (updated_at);
CREATE INDEX ix_gallery_items_media_id ON gallery_items (media_id);
CREATE INDEX ix_article_attachments_media_id ON article_attachments (media_id);
CREATE INDEX ix_article_tags_tag_id ON article_tags (tag_id);
CREATE INDEX ix_revisions_article_id ON revisions (article_id);
CREATE INDEX ix_issue_articles_article_id ON issue_articles (article_id);
CREATE INDEX ix_schedule_entries_article_id ON schedule_entries (article_id);
CREATE INDEX ix_schedule_entries_due ON schedule_entries (due_at);
CREATE INDEX ix_articles_list ON articles (deleted_at, updated_at, edition_code, status, scheduled_at, published_at, created_at, category_id, byline, title);
CREATE INDEX ix_translation_bases_source_id ON translation_bases (source_id);
CREATE INDEX ix_preflight_overrides_gallery_id ON preflight_overrides (gallery_id);
CREATE INDEX ix_preflight_overrides_issue_id ON preflight_overrides (issue_id);
INSERT INTO alembic_version (version_num) VALUES ('0007');
ANALYZE sqlite_master;
