"""Monitoring: fact tables, monthly rollups, day histograms, norms, signals and back-office notifications.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


ADD_INT_ARRAYS = """
CREATE FUNCTION add_int_arrays(a integer[], b integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(coalesce(x, 0) + coalesce(y, 0) ORDER BY i), '{}')
    FROM unnest(a, b) WITH ORDINALITY AS u(x, y, i)
$$
"""
DAY_COUNTS = """
CREATE FUNCTION day_counts(days integer[], deltas integer[]) RETURNS integer[] LANGUAGE sql IMMUTABLE AS $$
    SELECT array_agg(coalesce(d.delta, 0) ORDER BY g)
    FROM generate_series(0, (SELECT max(x) FROM unnest(days) AS x)) AS g
    LEFT JOIN unnest(days, deltas) AS d(day, delta) ON d.day = g
$$
"""


def upgrade() -> None:
    # The day histograms' upsert: sparse (days, deltas) → dense counts, and element-wise sums.
    op.execute(ADD_INT_ARRAYS)
    op.execute(DAY_COUNTS)
    op.create_table('allocation_facts',
    sa.Column('allocation_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('product_group', sa.Text(), nullable=True),
    sa.Column('category', sa.Text(), nullable=True),
    sa.Column('residential', sa.Boolean(), nullable=True),
    sa.Column('funding_form', sa.Text(), nullable=True),
    sa.Column('client_pseudonym', sa.Text(), nullable=False),
    sa.Column('contract_id', sa.Uuid(), nullable=True),
    sa.Column('volume_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('volume_unit', sa.Text(), nullable=True),
    sa.Column('volume_frequency', sa.Text(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('issued_month', sa.Date(), nullable=True),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refused_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('started_month', sa.Date(), nullable=True),
    sa.Column('stopped_on', sa.Date(), nullable=True),
    sa.Column('stop_reason', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=True),
    sa.Column('ended_as_planned', sa.Boolean(), nullable=True),
    sa.Column('finished_on', sa.Date(), nullable=True),
    sa.Column('finished_month', sa.Date(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('wait_days', sa.Integer(), nullable=True),
    sa.Column('duration_days', sa.Integer(), nullable=True),
    sa.Column('stacked', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('readmission', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.PrimaryKeyConstraint('allocation_id')
    )
    op.create_index('ix_facts_client', 'allocation_facts', ['client_pseudonym'], unique=False)
    op.create_index('ix_facts_provider_municipality', 'allocation_facts', ['provider_id', 'municipality_code', 'issued_at'],
                    unique=False)
    op.create_index('ix_facts_readmission', 'allocation_facts', ['region_code', 'issued_month'],
                    unique=False, postgresql_where=sa.text('readmission'))
    op.create_index('ix_facts_region_finished', 'allocation_facts', ['region_code', 'finished_month', 'duration_days'],
                    unique=False, postgresql_include=['municipality_code', 'provider_id', 'product_group'])
    op.create_index('ix_facts_region_started', 'allocation_facts', ['region_code', 'started_month', 'wait_days'],
                    unique=False, postgresql_include=['municipality_code', 'provider_id', 'product_group'])
    op.create_index('ix_facts_stacked', 'allocation_facts', ['region_code', 'issued_month'],
                    unique=False, postgresql_where=sa.text('stacked'))
    op.create_table('applications',
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_groups', postgresql.JSONB(astext_type=sa.Text()), server_default='[]', nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('application_id')
    )
    op.create_index('ix_applications_region', 'applications', ['region_code', 'submitted_at'], unique=False)
    op.create_table('availability_entries',
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('accepting_new_clients', sa.Boolean(), nullable=True),
    sa.Column('intake_wait_weeks', sa.Integer(), nullable=True),
    sa.Column('treatment_wait_weeks', sa.Integer(), nullable=True),
    sa.Column('last_confirmed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('stale', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('stale_since', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('entry_id')
    )
    op.create_index('ix_entries_region', 'availability_entries', ['region_code'], unique=False)
    op.create_table('availability_reports',
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('entry_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('accepting_new_clients', sa.Boolean(), nullable=False),
    sa.Column('intake_wait_weeks', sa.Integer(), nullable=True),
    sa.Column('treatment_wait_weeks', sa.Integer(), nullable=True),
    sa.Column('free_places', sa.Integer(), nullable=True),
    sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('event_id')
    )
    op.create_index('ix_reports_region_month', 'availability_reports', ['region_code', 'month'], unique=False)
    op.create_table('budgets',
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_key', sa.Text(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=16, scale=2), nullable=False),
    sa.PrimaryKeyConstraint('municipality_code', 'provider_key', 'year')
    )
    op.create_table('catalogue_products',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), nullable=False),
    sa.Column('segment', sa.Text(), nullable=True),
    sa.Column('product_group', sa.Text(), nullable=False),
    sa.Column('residential', sa.Boolean(), nullable=False),
    sa.Column('funding_form', sa.Text(), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('region_code', 'product_code')
    )
    op.create_table('contract_lines',
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('provider_name', sa.Text(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('contract_id', 'product_code', 'municipality_code')
    )
    op.create_index('ix_lines_provider_municipality', 'contract_lines', ['provider_id', 'municipality_code'],
                    unique=False)
    op.create_table('days_histogram',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('scope_value', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('counts', postgresql.ARRAY(sa.Integer()), nullable=False),
    sa.PrimaryKeyConstraint('region_code', 'scope', 'scope_value', 'kind', 'month')
    )
    op.create_table('deliveries',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('subscription_id', sa.Uuid(), nullable=False),
    sa.Column('notification_id', sa.BigInteger(), nullable=False),
    sa.Column('replay', sa.Boolean(), server_default=sa.text('false'), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_status_code', sa.Integer(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_deliveries_due', 'deliveries', ['next_attempt_at'],
                    unique=False, postgresql_where=sa.text("status = 'pending'"))
    op.create_index('ix_deliveries_subscription', 'deliveries', ['subscription_id', 'created_at'], unique=False)
    op.create_index('ux_deliveries_once', 'deliveries', ['subscription_id', 'notification_id'],
                    unique=True, postgresql_where=sa.text('NOT replay'))
    op.create_table('delivery_attempts',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('delivery_id', sa.Uuid(), nullable=False),
    sa.Column('attempted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('duration_ms', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_attempts_delivery', 'delivery_attempts', ['delivery_id'], unique=False)
    op.create_table('monthly_area_rollup',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('inflow', sa.Integer(), server_default='0', nullable=False),
    sa.Column('started', sa.Integer(), server_default='0', nullable=False),
    sa.Column('active_delta', sa.Integer(), server_default='0', nullable=False),
    sa.Column('outflow_planned', sa.Integer(), server_default='0', nullable=False),
    sa.Column('outflow_unplanned', sa.Integer(), server_default='0', nullable=False),
    sa.Column('withdrawn', sa.Integer(), server_default='0', nullable=False),
    sa.Column('duration_sum', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('wait_sum', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('care_days', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('spend', sa.Numeric(precision=16, scale=2), server_default='0', nullable=False),
    sa.Column('spend_allocations', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('region_code', 'municipality_code', 'product_code', 'month')
    )
    op.create_index('ix_area_rollup_region_month', 'monthly_area_rollup', ['region_code', 'month'], unique=False)
    op.create_table('monthly_rollup',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('inflow', sa.Integer(), server_default='0', nullable=False),
    sa.Column('started', sa.Integer(), server_default='0', nullable=False),
    sa.Column('active_delta', sa.Integer(), server_default='0', nullable=False),
    sa.Column('outflow_planned', sa.Integer(), server_default='0', nullable=False),
    sa.Column('outflow_unplanned', sa.Integer(), server_default='0', nullable=False),
    sa.Column('withdrawn', sa.Integer(), server_default='0', nullable=False),
    sa.Column('duration_sum', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('wait_sum', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('care_days', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('spend', sa.Numeric(precision=16, scale=2), server_default='0', nullable=False),
    sa.Column('spend_allocations', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('region_code', 'municipality_code', 'provider_id', 'product_code', 'month')
    )
    op.create_index('ix_rollup_provider_month', 'monthly_rollup', ['provider_id', 'month'], unique=False)
    op.create_index('ix_rollup_region_month', 'monthly_rollup', ['region_code', 'month'], unique=False)
    op.create_table('notifications',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('body', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('event_id', 'channel', 'municipality_code', name='uq_notifications_event')
    )
    op.create_index('ix_notifications_target', 'notifications', ['municipality_code', 'channel', 'created_at'],
                    unique=False)
    op.create_table('region_norms',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('max_wait_weeks', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('update_period_days', sa.Integer(), nullable=False),
    sa.Column('budget_near', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('budget_over', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('exit_after_months', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('region_code')
    )
    op.create_table('signals',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=True),
    sa.Column('provider_id', sa.Uuid(), nullable=True),
    sa.Column('product_code', sa.Text(), nullable=True),
    sa.Column('dedupe_key', sa.Text(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('raised_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('acknowledged_by', sa.Text(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_by', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_signals_region', 'signals', ['region_code', 'raised_at'], unique=False)
    op.create_index('ux_signals_open_key', 'signals', ['dedupe_key'],
                    unique=True, postgresql_where=sa.text("status <> 'resolved'"))
    op.create_table('subscriptions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('channel', sa.Text(), nullable=False),
    sa.Column('callback_url', sa.Text(), nullable=False),
    sa.Column('auth', sa.Text(), nullable=False),
    sa.Column('secret', sa.Text(), nullable=False),
    sa.Column('owner', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('paused_reason', sa.Text(), nullable=True),
    sa.Column('paused_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('consecutive_failures', sa.Integer(), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_subscriptions_target', 'subscriptions', ['municipality_code', 'channel'], unique=False)
    op.create_table('tariffs',
    sa.Column('tariff_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('tariff_id')
    )
    op.create_index('ix_tariffs_product', 'tariffs', ['region_code', 'product_code'], unique=False)


def downgrade() -> None:
    op.execute("DROP FUNCTION add_int_arrays(integer[], integer[])")
    op.execute("DROP FUNCTION day_counts(integer[], integer[])")
    op.drop_index('ix_tariffs_product', table_name='tariffs')
    op.drop_table('tariffs')
    op.drop_index('ix_subscriptions_target', table_name='subscriptions')
    op.drop_table('subscriptions')
    op.drop_index('ux_signals_open_key', table_name='signals', postgresql_where=sa.text("status <> 'resolved'"))
    op.drop_index('ix_signals_region', table_name='signals')
    op.drop_table('signals')
    op.drop_table('region_norms')
    op.drop_index('ix_notifications_target', table_name='notifications')
    op.drop_table('notifications')
    op.drop_index('ix_rollup_region_month', table_name='monthly_rollup')
    op.drop_index('ix_rollup_provider_month', table_name='monthly_rollup')
    op.drop_table('monthly_rollup')
    op.drop_index('ix_area_rollup_region_month', table_name='monthly_area_rollup')
    op.drop_table('monthly_area_rollup')
    op.drop_index('ix_attempts_delivery', table_name='delivery_attempts')
    op.drop_table('delivery_attempts')
    op.drop_index('ux_deliveries_once', table_name='deliveries', postgresql_where=sa.text('NOT replay'))
    op.drop_index('ix_deliveries_subscription', table_name='deliveries')
    op.drop_index('ix_deliveries_due', table_name='deliveries', postgresql_where=sa.text("status = 'pending'"))
    op.drop_table('deliveries')
    op.drop_table('days_histogram')
    op.drop_index('ix_lines_provider_municipality', table_name='contract_lines')
    op.drop_table('contract_lines')
    op.drop_table('catalogue_products')
    op.drop_table('budgets')
    op.drop_index('ix_reports_region_month', table_name='availability_reports')
    op.drop_table('availability_reports')
    op.drop_index('ix_entries_region', table_name='availability_entries')
    op.drop_table('availability_entries')
    op.drop_index('ix_applications_region', table_name='applications')
    op.drop_table('applications')
    op.drop_index('ix_facts_stacked', table_name='allocation_facts', postgresql_where=sa.text('stacked'))
    op.drop_index('ix_facts_region_started', table_name='allocation_facts',
                  postgresql_include=['municipality_code', 'provider_id', 'product_group'])
    op.drop_index('ix_facts_region_finished', table_name='allocation_facts',
                  postgresql_include=['municipality_code', 'provider_id', 'product_group'])
    op.drop_index('ix_facts_readmission', table_name='allocation_facts', postgresql_where=sa.text('readmission'))
    op.drop_index('ix_facts_provider_municipality', table_name='allocation_facts')
    op.drop_index('ix_facts_client', table_name='allocation_facts')
    op.drop_table('allocation_facts')
