"""Catalogue, tariffs, contracts, provider restrictions, budget ceilings, allocations
(client details encrypted), allocation history and the audit log.

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


def upgrade() -> None:
    op.execute("CREATE SEQUENCE allocation_change_seq")
    op.execute("CREATE SEQUENCE allocation_number_seq START 10000001")
    op.create_table('allocation_history',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('allocation_id', sa.Uuid(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by_subject', sa.Text(), nullable=False),
    sa.Column('by_role', sa.Text(), nullable=False),
    sa.Column('details', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_allocation_history_allocation_id'), 'allocation_history', ['allocation_id'], unique=False)
    op.create_table('allocations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.BigInteger(), server_default=sa.text("nextval('allocation_number_seq')"), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('product_category', sa.Text(), nullable=False),
    sa.Column('client_blob', sa.LargeBinary(), nullable=False),
    sa.Column('bsn_hash', sa.Text(), nullable=False),
    sa.Column('client_pseudonym', sa.Text(), nullable=False),
    sa.Column('volume_amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('volume_unit', sa.Text(), nullable=False),
    sa.Column('volume_frequency', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('referrer_type', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('cost_by_year', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('issued_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('issued_by', sa.Text(), nullable=False),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refused_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('refusal_reason', sa.Text(), nullable=True),
    sa.Column('care_started_on', sa.Date(), nullable=True),
    sa.Column('care_stopped_on', sa.Date(), nullable=True),
    sa.Column('stop_reason_code', sa.Text(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('change_seq', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('change_seq'),
    sa.UniqueConstraint('number')
    )
    op.create_index(op.f('ix_allocations_bsn_hash'), 'allocations', ['bsn_hash'], unique=False)
    op.create_index('ix_allocations_budget', 'allocations', ['municipality_code', 'provider_id'], unique=False)
    op.create_index('ix_allocations_feed', 'allocations', ['municipality_code', 'change_seq'], unique=False)
    op.create_index('ix_allocations_unsequenced', 'allocations', ['updated_at'], unique=False,
                    postgresql_where='change_seq IS NULL')
    op.create_table('audit_log',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('role', sa.Text(), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('client_hash', sa.Text(), nullable=False),
    sa.Column('allocation_id', sa.Uuid(), nullable=True),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_audit_log_at'), 'audit_log', ['at'], unique=False)
    op.create_index(op.f('ix_audit_log_client_hash'), 'audit_log', ['client_hash'], unique=False)
    op.create_table('budget_ceilings',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('set_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('set_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('municipality_code', 'year', 'provider_id', name='uq_budget_ceiling', postgresql_nulls_not_distinct=True)
    )
    op.create_table('catalogue_versions',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('published_by', sa.Text(), nullable=False),
    sa.Column('product_count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('region_code', 'version')
    )
    op.create_table('contract_amendments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('lines', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_contract_amendments_contract_id'), 'contract_amendments', ['contract_id'], unique=False)
    op.create_table('contract_lines',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('contract_id', sa.Uuid(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_contract_lines_contract_id'), 'contract_lines', ['contract_id'], unique=False)
    op.create_index('ix_contract_lines_cover', 'contract_lines', ['product_code', 'municipality_code'], unique=False)
    op.create_table('contracts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('provider_name', sa.Text(), nullable=False),
    sa.Column('provider_agb', sa.Text(), nullable=True),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('status', sa.Text(), nullable=False),
    sa.Column('client_pseudonym', sa.Text(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('extension_options', sa.Integer(), nullable=False),
    sa.Column('extensions_used', sa.Integer(), nullable=False),
    sa.Column('signed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_by', sa.Text(), nullable=True),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.Column('termination_reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_contracts_provider', 'contracts', ['provider_id', 'region_code'], unique=False)
    op.create_table('product_opt_outs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('municipality_code', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_opt_outs_product', 'product_opt_outs', ['region_code', 'product_code', 'municipality_code'], unique=False)
    op.create_table('product_revisions',
    sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('change', sa.Text(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('snapshot', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('recorded_by', sa.Text(), nullable=False),
    sa.Column('catalogue_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_product_revisions_code', 'product_revisions', ['region_code', 'code', 'id'], unique=False)
    op.create_table('products',
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('code', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('category', sa.Text(), nullable=False),
    sa.Column('segment', sa.Text(), nullable=True),
    sa.Column('product_group', sa.Text(), nullable=False),
    sa.Column('care_type', sa.Text(), nullable=True),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('funding_form', sa.Text(), nullable=False),
    sa.Column('crucial_function', sa.Boolean(), nullable=False),
    sa.Column('residential', sa.Boolean(), nullable=False),
    sa.Column('purchase_level', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('replaced_by', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('region_code', 'code')
    )
    op.create_table('provider_restrictions',
    sa.Column('enforcement_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('municipality_codes', postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('enforcement_id')
    )
    op.create_index(op.f('ix_provider_restrictions_provider_id'), 'provider_restrictions', ['provider_id'], unique=False)
    op.create_table('tariffs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('region_code', sa.Text(), nullable=False),
    sa.Column('product_code', sa.Text(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('unit', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('indexation_percentage', sa.Numeric(precision=6, scale=3), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_tariffs_product', 'tariffs', ['region_code', 'product_code', 'valid_from'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_tariffs_product', table_name='tariffs')
    op.drop_table('tariffs')
    op.drop_index(op.f('ix_provider_restrictions_provider_id'), table_name='provider_restrictions')
    op.drop_table('provider_restrictions')
    op.drop_table('products')
    op.drop_index('ix_product_revisions_code', table_name='product_revisions')
    op.drop_table('product_revisions')
    op.drop_index('ix_opt_outs_product', table_name='product_opt_outs')
    op.drop_table('product_opt_outs')
    op.drop_index('ix_contracts_provider', table_name='contracts')
    op.drop_table('contracts')
    op.drop_index('ix_contract_lines_cover', table_name='contract_lines')
    op.drop_index(op.f('ix_contract_lines_contract_id'), table_name='contract_lines')
    op.drop_table('contract_lines')
    op.drop_index(op.f('ix_contract_amendments_contract_id'), table_name='contract_amendments')
    op.drop_table('contract_amendments')
    op.drop_table('catalogue_versions')
    op.drop_table('budget_ceilings')
    op.drop_index(op.f('ix_audit_log_client_hash'), table_name='audit_log')
    op.drop_index(op.f('ix_audit_log_at'), table_name='audit_log')
    op.drop_table('audit_log')
    op.drop_index('ix_allocations_unsequenced', table_name='allocations', postgresql_where='change_seq IS NULL')
    op.drop_index('ix_allocations_feed', table_name='allocations')
    op.drop_index('ix_allocations_budget', table_name='allocations')
    op.drop_index(op.f('ix_allocations_bsn_hash'), table_name='allocations')
    op.drop_table('allocations')
    op.drop_index(op.f('ix_allocation_history_allocation_id'), table_name='allocation_history')
    op.drop_table('allocation_history')
    op.execute("DROP SEQUENCE allocation_change_seq")
    op.execute("DROP SEQUENCE allocation_number_seq")
