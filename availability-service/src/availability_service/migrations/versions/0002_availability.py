"""Read model, provider entries, supply gaps and the denormalised search table.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TEXTS = ARRAY(sa.Text)


def _uuid(name: str, **kw):
    return sa.Column(name, UUID(as_uuid=True), **kw)


def _texts(name: str):
    return sa.Column(name, TEXTS, nullable=False, server_default="{}")


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "providers", _uuid("provider_id", primary_key=True), sa.Column("region_code", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False), sa.Column("phone", sa.Text), sa.Column("email", sa.Text),
        sa.Column("website", sa.Text), sa.Column("city", sa.Text), _texts("client_stops"), _texts("suspensions"),
        sa.Column("exited", sa.Boolean, nullable=False, server_default=sa.false()), _texts("exited_municipalities"))
    op.create_table(
        "catalogue_versions", sa.Column("region_code", sa.Text, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False))
    op.create_table(
        "catalogue_products", sa.Column("region_code", sa.Text, primary_key=True),
        sa.Column("code", sa.Text, primary_key=True), sa.Column("name", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("category", sa.Text, nullable=False), sa.Column("product_group", sa.Text, nullable=False),
        sa.Column("segment", sa.Text), _texts("opted_out_municipalities"))
    op.create_table(
        "contract_lines", _uuid("contract_id", primary_key=True), sa.Column("product_code", sa.Text, primary_key=True),
        sa.Column("municipality_code", sa.Text, primary_key=True), _uuid("provider_id", nullable=False),
        sa.Column("region_code", sa.Text, nullable=False), sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date), sa.Column("terminated_on", sa.Date))
    op.create_index("ix_contract_lines_provider", "contract_lines", ["provider_id", "product_code"])
    op.create_table(
        "wait_samples", _uuid("allocation_id", primary_key=True), _uuid("provider_id", nullable=False),
        sa.Column("product_code", sa.Text, nullable=False), sa.Column("issued_at", sa.DateTime(timezone=True)),
        sa.Column("started_on", sa.Date))
    op.create_index("ix_wait_samples_provider", "wait_samples", ["provider_id", "product_code"])
    op.create_table(
        "consumed_events", sa.Column("seq", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("event_id", sa.Text, nullable=False, unique=True), sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("event", JSONB, nullable=False))
    op.create_table(
        "entries", _uuid("entry_id", primary_key=True), _uuid("provider_id", nullable=False),
        sa.Column("region_code", sa.Text, nullable=False), sa.Column("product_code", sa.Text, nullable=False),
        sa.Column("location_name", sa.Text, nullable=False), sa.Column("location_city", sa.Text, nullable=False),
        sa.Column("accepting_new_clients", sa.Boolean, nullable=False),
        sa.Column("intake_wait_weeks", sa.Integer), sa.Column("treatment_wait_weeks", sa.Integer),
        sa.Column("free_places", sa.Integer), sa.Column("bridging_offered", sa.Boolean, nullable=False),
        sa.Column("bridging_description", sa.Text), sa.Column("age_min", sa.Integer, nullable=False),
        sa.Column("age_max", sa.Integer, nullable=False), _texts("specialisms"),
        sa.Column("contra_indications", sa.Text), sa.Column("note", sa.Text),
        sa.Column("reported", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("last_confirmed_at", sa.DateTime(timezone=True)),
        sa.Column("stale_notified", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.CheckConstraint("age_min <= age_max", name="ck_entries_age_range"),
        sa.CheckConstraint("intake_wait_weeks BETWEEN 0 AND 104", name="ck_entries_intake"),
        sa.CheckConstraint("treatment_wait_weeks BETWEEN 0 AND 104", name="ck_entries_treatment"),
        sa.CheckConstraint("free_places >= 0", name="ck_entries_free_places"))
    op.create_index("ix_entries_provider_id", "entries", ["provider_id"])
    op.create_table(
        "supply_gaps", sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("region_code", sa.Text, nullable=False), sa.Column("municipality_code", sa.Text, nullable=False),
        sa.Column("product_code", sa.Text, nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True)))
    op.create_index("ux_supply_gaps_open", "supply_gaps", ["region_code", "municipality_code", "product_code"],
                    unique=True, postgresql_where=sa.text("closed_at IS NULL"))
    op.create_table(
        "search_entries", _uuid("entry_id", primary_key=True), _uuid("provider_id", nullable=False),
        *[sa.Column(n, sa.Text, nullable=False) for n in ("provider_name", "product_code", "product_name", "category",
                                                          "product_group", "region_code", "location_name",
                                                          "location_city")],
        sa.Column("accepting_new_clients", sa.Boolean, nullable=False),
        sa.Column("available", sa.Boolean, nullable=False),
        sa.Column("intake_wait_weeks", sa.Integer), sa.Column("treatment_wait_weeks", sa.Integer),
        sa.Column("free_places", sa.Integer), sa.Column("bridging_offered", sa.Boolean, nullable=False),
        sa.Column("bridging_description", sa.Text), sa.Column("age_min", sa.Integer, nullable=False),
        sa.Column("age_max", sa.Integer, nullable=False), _texts("specialisms"), _texts("municipalities"),
        sa.Column("last_confirmed_at", sa.DateTime(timezone=True)),
        sa.Column("stale_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("measured_median_days", sa.Double), sa.Column("measured_p90_days", sa.Double),
        sa.Column("measured_cases", sa.Integer, nullable=False, server_default="0"),
        sa.Column("wait_key", sa.Integer, nullable=False), sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("fresh_key", sa.Double, nullable=False), sa.Column("search_text", sa.Text, nullable=False))
    op.create_index("ix_search_wait", "search_entries", ["wait_key", "entry_id"])
    op.create_index("ix_search_name", "search_entries", ["name_key", "entry_id"])
    op.create_index("ix_search_fresh", "search_entries", ["fresh_key", "entry_id"])
    op.create_index("ix_search_provider", "search_entries", ["provider_id"])
    op.create_index("ix_search_product", "search_entries", ["product_code", "wait_key"])
    op.create_index("ix_search_region", "search_entries", ["region_code", "wait_key"])
    op.create_index("ix_search_municipalities", "search_entries", ["municipalities"], postgresql_using="gin")
    op.create_index("ix_search_specialisms", "search_entries", ["specialisms"], postgresql_using="gin")
    op.create_index("ix_search_text", "search_entries", ["search_text"], postgresql_using="gin",
                    postgresql_ops={"search_text": "gin_trgm_ops"})


def downgrade() -> None:
    for name in ("search_entries", "supply_gaps", "entries", "consumed_events", "wait_samples", "contract_lines",
                 "catalogue_products", "catalogue_versions", "providers"):
        op.drop_table(name)
