"""initial schema: the whole domain (editions, terms, articles, revisions, media, galleries,
publications, schedule, snippets, sites and the outbox)

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('editions',
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('native_name', sa.String(length=100), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('calendar', sa.String(length=20), nullable=False),
    sa.Column('site_url', sa.String(length=500), nullable=False),
    sa.Column('permalink_pattern', sa.String(length=200), nullable=False),
    sa.Column('hashtags', sa.JSON(), nullable=False),
    sa.Column('social_handles', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_editions'))
    )
    op.create_table('library_settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_library_settings'))
    )
    op.create_table('media_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('original_filename', sa.String(length=1000), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('duration_s', sa.Float(), nullable=True),
    sa.Column('taken_at', sa.DateTime(), nullable=True),
    sa.Column('camera', sa.String(length=200), nullable=False),
    sa.Column('orientation', sa.Integer(), nullable=True),
    sa.Column('has_gps', sa.Boolean(), nullable=False),
    sa.Column('phash', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('credit', sa.String(length=500), nullable=False),
    sa.Column('copyright', sa.String(length=500), nullable=False),
    sa.Column('licence', sa.String(length=200), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('focal_x', sa.Float(), nullable=False),
    sa.Column('focal_y', sa.Float(), nullable=False),
    sa.Column('crops', sa.JSON(), nullable=False),
    sa.Column('source_url', sa.String(length=2000), nullable=False),
    sa.Column('poster_media_id', sa.Integer(), nullable=True),
    sa.Column('alt_missing_from_site', sa.Boolean(), nullable=False),
    sa.Column('raw_metadata', sa.JSON(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['poster_media_id'], ['media_items.id'], name=op.f('fk_media_items_poster_media_id_media_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_items')),
    sa.UniqueConstraint('sha256', name=op.f('uq_media_items_sha256')),
    sa.UniqueConstraint('uid', name=op.f('uq_media_items_uid'))
    )
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_items_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index('ix_media_items_imported', ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_items_phash'), ['phash'], unique=False)

    op.create_table('saved_filters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workspace', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('definition', sa.JSON(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_filters')),
    sa.UniqueConstraint('uid', name=op.f('uq_saved_filters_uid')),
    sa.UniqueConstraint('workspace', 'name', name=op.f('uq_saved_filters_workspace'))
    )
    op.create_table('site_profiles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('username', sa.String(length=200), nullable=False),
    sa.Column('editions', sa.JSON(), nullable=False),
    sa.Column('capabilities', sa.JSON(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_profiles')),
    sa.UniqueConstraint('name', name=op.f('uq_site_profiles_name')),
    sa.UniqueConstraint('uid', name=op.f('uq_site_profiles_uid'))
    )
    op.create_table('translation_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('original_article_id', sa.Integer(), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['original_article_id'], ['articles.id'], name=op.f('fk_translation_groups_original_article_id_articles'), ondelete='SET NULL', use_alter=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_translation_groups')),
    sa.UniqueConstraint('uid', name=op.f('uq_translation_groups_uid'))
    )
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_categories_edition_code_editions')),
    sa.ForeignKeyConstraint(['parent_id'], ['categories.id'], name=op.f('fk_categories_parent_id_categories'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('edition_code', 'slug', name=op.f('uq_categories_edition_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_categories_uid'))
    )
    op.create_table('galleries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('slug', sa.String(length=400), nullable=False),
    sa.Column('cover_media_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cover_media_id'], ['media_items.id'], name=op.f('fk_galleries_cover_media_id_media_items'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_galleries')),
    sa.UniqueConstraint('uid', name=op.f('uq_galleries_uid'))
    )
    with op.batch_alter_table('galleries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_galleries_deleted_at'), ['deleted_at'], unique=False)

    op.create_table('media_texts',
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('alt_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_media_texts_edition_code_editions')),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], name=op.f('fk_media_texts_media_id_media_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('media_id', 'edition_code', name=op.f('pk_media_texts'))
    )
    op.create_table('outbox_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('object_type', sa.String(length=20), nullable=False),
    sa.Column('object_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site_profiles.id'], name=op.f('fk_outbox_jobs_site_id_site_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox_jobs')),
    sa.UniqueConstraint('uid', name=op.f('uq_outbox_jobs_uid'))
    )
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_jobs_state', ['state', 'next_attempt_at'], unique=False)

    op.create_table('remote_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('object_type', sa.String(length=20), nullable=False),
    sa.Column('local_id', sa.Integer(), nullable=False),
    sa.Column('remote_id', sa.Integer(), nullable=False),
    sa.Column('remote_link', sa.String(length=2000), nullable=False),
    sa.Column('remote_slug', sa.String(length=400), nullable=False),
    sa.Column('remote_modified_gmt', sa.DateTime(), nullable=True),
    sa.Column('synced_hash', sa.String(length=64), nullable=False),
    sa.Column('synced_version', sa.Integer(), nullable=False),
    sa.Column('synced_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['site_profiles.id'], name=op.f('fk_remote_links_site_id_site_profiles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remote_links')),
    sa.UniqueConstraint('site_id', 'object_type', 'local_id', name=op.f('uq_remote_links_site_id')),
    sa.UniqueConstraint('site_id', 'object_type', 'remote_id', name=op.f('uq_remote_links_site_id'))
    )
    op.create_table('tags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_tags_edition_code_editions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tags')),
    sa.UniqueConstraint('edition_code', 'slug', name=op.f('uq_tags_edition_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_tags_uid'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('slug', sa.String(length=400), nullable=False),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=False),
    sa.Column('translation_group_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('byline', sa.String(length=300), nullable=False),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('source_url', sa.String(length=2000), nullable=False),
    sa.Column('featured_media_id', sa.Integer(), nullable=True),
    sa.Column('featured_image_ref', sa.String(length=1000), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('import_source', sa.String(length=20), nullable=False),
    sa.Column('import_hash', sa.String(length=64), nullable=False),
    sa.Column('import_version', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_articles_category_id_categories'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_articles_edition_code_editions')),
    sa.ForeignKeyConstraint(['featured_media_id'], ['media_items.id'], name=op.f('fk_articles_featured_media_id_media_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['translation_group_id'], ['translation_groups.id'], name=op.f('fk_articles_translation_group_id_translation_groups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('edition_code', 'slug', name=op.f('uq_articles_edition_code')),
    sa.UniqueConstraint('uid', name=op.f('uq_articles_uid'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_edition_code'), ['edition_code'], unique=False)
        batch_op.create_index('ix_articles_scheduled', ['scheduled_at'], unique=False)
        batch_op.create_index('ix_articles_status', ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_translation_group_id'), ['translation_group_id'], unique=False)
        batch_op.create_index('ix_articles_updated', ['updated_at'], unique=False)

    op.create_table('gallery_items',
    sa.Column('gallery_id', sa.Integer(), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['gallery_id'], ['galleries.id'], name=op.f('fk_gallery_items_gallery_id_galleries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], name=op.f('fk_gallery_items_media_id_media_items'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('gallery_id', 'media_id', name=op.f('pk_gallery_items'))
    )
    with op.batch_alter_table('gallery_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gallery_items_media_id'), ['media_id'], unique=False)

    op.create_table('gallery_texts',
    sa.Column('gallery_id', sa.Integer(), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_gallery_texts_edition_code_editions')),
    sa.ForeignKeyConstraint(['gallery_id'], ['galleries.id'], name=op.f('fk_gallery_texts_gallery_id_galleries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('gallery_id', 'edition_code', name=op.f('pk_gallery_texts'))
    )
    op.create_table('publication_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('edition_code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_publication_series_category_id_categories'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_publication_series_edition_code_editions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication_series')),
    sa.UniqueConstraint('uid', name=op.f('uq_publication_series_uid'))
    )
    op.create_table('article_attachments',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_attachments_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['media_id'], ['media_items.id'], name=op.f('fk_article_attachments_media_id_media_items'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('article_id', 'media_id', name=op.f('pk_article_attachments'))
    )
    with op.batch_alter_table('article_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_attachments_media_id'), ['media_id'], unique=False)

    op.create_table('article_tags',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_tags_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_article_tags_tag_id_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'tag_id', name=op.f('pk_article_tags'))
    )
    with op.batch_alter_table('article_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_tags_tag_id'), ['tag_id'], unique=False)

    op.create_table('publication_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('cover_media_id', sa.Integer(), nullable=True),
    sa.Column('pdf_media_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['cover_media_id'], ['media_items.id'], name=op.f('fk_publication_issues_cover_media_id_media_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pdf_media_id'], ['media_items.id'], name=op.f('fk_publication_issues_pdf_media_id_media_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['series_id'], ['publication_series.id'], name=op.f('fk_publication_issues_series_id_publication_series'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publication_issues')),
    sa.UniqueConstraint('series_id', 'number', name=op.f('uq_publication_issues_series_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_publication_issues_uid'))
    )
    op.create_table('revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('body_md', sa.Text(), nullable=False),
    sa.Column('excerpt', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('meta', sa.JSON(), nullable=False),
    sa.Column('article_version', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_revisions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revisions')),
    sa.UniqueConstraint('uid', name=op.f('uq_revisions_uid'))
    )
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_revisions_article_id'), ['article_id'], unique=False)

    op.create_table('social_snippets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('edited', sa.Boolean(), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_social_snippets_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_snippets')),
    sa.UniqueConstraint('article_id', 'platform', name=op.f('uq_social_snippets_article_id')),
    sa.UniqueConstraint('uid', name=op.f('uq_social_snippets_uid'))
    )
    op.create_table('issue_articles',
    sa.Column('issue_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_issue_articles_article_id_articles'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['issue_id'], ['publication_issues.id'], name=op.f('fk_issue_articles_issue_id_publication_issues'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('issue_id', 'article_id', name=op.f('pk_issue_articles'))
    )
    with op.batch_alter_table('issue_articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issue_articles_article_id'), ['article_id'], unique=False)

    op.create_table('schedule_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=True),
    sa.Column('gallery_id', sa.Integer(), nullable=True),
    sa.Column('issue_id', sa.Integer(), nullable=True),
    sa.Column('snippet_id', sa.Integer(), nullable=True),
    sa.Column('edition_code', sa.String(length=8), nullable=True),
    sa.Column('platform', sa.String(length=20), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('surfaced_at', sa.DateTime(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_schedule_entries_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['edition_code'], ['editions.code'], name=op.f('fk_schedule_entries_edition_code_editions')),
    sa.ForeignKeyConstraint(['gallery_id'], ['galleries.id'], name=op.f('fk_schedule_entries_gallery_id_galleries'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['issue_id'], ['publication_issues.id'], name=op.f('fk_schedule_entries_issue_id_publication_issues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['snippet_id'], ['social_snippets.id'], name=op.f('fk_schedule_entries_snippet_id_social_snippets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedule_entries')),
    sa.UniqueConstraint('uid', name=op.f('uq_schedule_entries_uid'))
    )
    with op.batch_alter_table('schedule_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_schedule_entries_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_schedule_entries_due', ['due_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('schedule_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_schedule_entries_due')
        batch_op.drop_index(batch_op.f('ix_schedule_entries_article_id'))

    op.drop_table('schedule_entries')
    with op.batch_alter_table('issue_articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issue_articles_article_id'))

    op.drop_table('issue_articles')
    op.drop_table('social_snippets')
    with op.batch_alter_table('revisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_revisions_article_id'))

    op.drop_table('revisions')
    op.drop_table('publication_issues')
    with op.batch_alter_table('article_tags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_tags_tag_id'))

    op.drop_table('article_tags')
    with op.batch_alter_table('article_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_attachments_media_id'))

    op.drop_table('article_attachments')
    op.drop_table('publication_series')
    op.drop_table('gallery_texts')
    with op.batch_alter_table('gallery_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gallery_items_media_id'))

    op.drop_table('gallery_items')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_updated')
        batch_op.drop_index(batch_op.f('ix_articles_translation_group_id'))
        batch_op.drop_index('ix_articles_status')
        batch_op.drop_index('ix_articles_scheduled')
        batch_op.drop_index(batch_op.f('ix_articles_edition_code'))
        batch_op.drop_index(batch_op.f('ix_articles_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_articles_category_id'))

    op.drop_table('articles')
    op.drop_table('tags')
    op.drop_table('remote_links')
    with op.batch_alter_table('outbox_jobs', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_jobs_state')

    op.drop_table('outbox_jobs')
    op.drop_table('media_texts')
    with op.batch_alter_table('galleries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_galleries_deleted_at'))

    op.drop_table('galleries')
    op.drop_table('categories')
    op.drop_table('translation_groups')
    op.drop_table('site_profiles')
    op.drop_table('saved_filters')
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_items_phash'))
        batch_op.drop_index('ix_media_items_imported')
        batch_op.drop_index(batch_op.f('ix_media_items_deleted_at'))

    op.drop_table('media_items')
    op.drop_table('library_settings')
    op.drop_table('editions')
