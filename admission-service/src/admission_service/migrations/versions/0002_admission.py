"""Admission tables: providers, requirements, intake windows, closed product groups,
applications with their history, verdicts, dialogue sessions, evidence (bytea) and evidence
requests, admissions, enforcement measures and received signals.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("closed_product_groups",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("municipality_code", sa.Text(), nullable=False),
    sa.Column("product_group", sa.Text(), nullable=False),
    sa.Column("closed_on", sa.Date(), nullable=False),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("created_by", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("municipality_code", "product_group")
    )
    op.create_index(op.f("ix_closed_product_groups_region_code"), "closed_product_groups", ["region_code"], unique=False)
    op.create_table("intake_windows",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("opens_on", sa.Date(), nullable=False),
    sa.Column("closes_on", sa.Date(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("product_group", sa.Text(), nullable=True),
    sa.Column("created_by", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_intake_windows_region_code"), "intake_windows", ["region_code"], unique=False)
    op.create_table("providers",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("kvk_number", sa.Text(), nullable=False),
    sa.Column("agb_code", sa.Text(), nullable=False),
    sa.Column("addresses", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column("contacts", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column("public_contact", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
    sa.Column("main_contractor_id", sa.UUID(), nullable=True),
    sa.Column("created_by", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.Column("updated_by", sa.Text(), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["main_contractor_id"], ["providers.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("kvk_number")
    )
    op.create_index(op.f("ix_providers_main_contractor_id"), "providers", ["main_contractor_id"], unique=False)
    op.create_table("requirements",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("code", sa.Text(), nullable=False),
    sa.Column("title", sa.Text(), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("layer", sa.Text(), nullable=False),
    sa.Column("scope", sa.Text(), nullable=True),
    sa.Column("evidence_type", sa.Text(), nullable=False),
    sa.Column("expires", sa.Boolean(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("changed_by", sa.Text(), nullable=False),
    sa.Column("changed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("region_code", "code")
    )
    op.create_table("signals",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("source", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("municipality_code", sa.Text(), nullable=True),
    sa.Column("provider_id", sa.UUID(), nullable=True),
    sa.Column("product_code", sa.Text(), nullable=True),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("received_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_signals_region_open", "signals", ["region_code", "resolved_at"], unique=False)
    op.create_table("applications",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("provider_id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("status", sa.Text(), nullable=False),
    sa.Column("product_codes", postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column("product_groups", postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column("municipality_codes", postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("submitted_by", sa.Text(), nullable=False),
    sa.Column("submitted_by_role", sa.Text(), nullable=False),
    sa.Column("decision_reasons", postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("decided_by", sa.Text(), nullable=True),
    sa.Column("decided_by_role", sa.Text(), nullable=True),
    sa.Column("admitted_on", sa.Date(), nullable=True),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
    sa.ForeignKeyConstraint(["provider_id"], ["providers.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_applications_provider_id"), "applications", ["provider_id"], unique=False)
    op.create_index("ix_applications_region_status", "applications", ["region_code", "status"], unique=False)
    op.create_table("enforcements",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("provider_id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("kind", sa.Text(), nullable=False),
    sa.Column("starts_on", sa.Date(), nullable=False),
    sa.Column("ends_on", sa.Date(), nullable=True),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column("municipality_codes", postgresql.ARRAY(sa.Text()), nullable=False),
    sa.Column("created_by", sa.Text(), nullable=False),
    sa.Column("created_by_role", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lifted_on", sa.Date(), nullable=True),
    sa.Column("lift_reason", sa.Text(), nullable=True),
    sa.Column("lifted_by", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["provider_id"], ["providers.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index("ix_enforcements_provider_region", "enforcements", ["provider_id", "region_code"], unique=False)
    op.create_table("admissions",
    sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("provider_id", sa.UUID(), nullable=False),
    sa.Column("region_code", sa.Text(), nullable=False),
    sa.Column("product_code", sa.Text(), nullable=False),
    sa.Column("municipality_code", sa.Text(), nullable=False),
    sa.Column("admitted_on", sa.Date(), nullable=False),
    sa.Column("ended_on", sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.ForeignKeyConstraint(["provider_id"], ["providers.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("application_id", "product_code", "municipality_code")
    )
    op.create_index("ix_admissions_provider_region", "admissions", ["provider_id", "region_code"], unique=False)
    op.create_table("application_steps",
    sa.Column("seq", sa.BigInteger(), sa.Identity(always=False), nullable=False),
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("action", sa.Text(), nullable=False),
    sa.Column("from_status", sa.Text(), nullable=True),
    sa.Column("to_status", sa.Text(), nullable=False),
    sa.Column("actor", sa.Text(), nullable=False),
    sa.Column("actor_role", sa.Text(), nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("note", sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.PrimaryKeyConstraint("seq")
    )
    op.create_index(op.f("ix_application_steps_application_id"), "application_steps", ["application_id"], unique=False)
    op.create_table("dialogue_sessions",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("number", sa.Integer(), nullable=False),
    sa.Column("held_on", sa.Date(), nullable=False),
    sa.Column("notes", sa.Text(), nullable=False),
    sa.Column("recorded_by", sa.Text(), nullable=False),
    sa.Column("recorded_by_role", sa.Text(), nullable=False),
    sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.PrimaryKeyConstraint("id"),
    sa.UniqueConstraint("application_id", "number")
    )
    op.create_index(op.f("ix_dialogue_sessions_application_id"), "dialogue_sessions", ["application_id"], unique=False)
    op.create_table("evidence",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("requirement_code", sa.Text(), nullable=False),
    sa.Column("evidence_type", sa.Text(), nullable=False),
    sa.Column("filename", sa.Text(), nullable=False),
    sa.Column("media_type", sa.Text(), nullable=False),
    sa.Column("size", sa.BigInteger(), nullable=False),
    sa.Column("sha256", sa.Text(), nullable=False),
    sa.Column("content", sa.LargeBinary(), nullable=False),
    sa.Column("valid_until", sa.Date(), nullable=True),
    sa.Column("uploaded_by", sa.Text(), nullable=False),
    sa.Column("uploaded_by_role", sa.Text(), nullable=False),
    sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expiring_signalled_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_evidence_application_id"), "evidence", ["application_id"], unique=False)
    op.create_index(op.f("ix_evidence_valid_until"), "evidence", ["valid_until"], unique=False)
    op.create_table("evidence_requests",
    sa.Column("id", sa.UUID(), nullable=False),
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("requirement_code", sa.Text(), nullable=False),
    sa.Column("message", sa.Text(), nullable=False),
    sa.Column("requested_by", sa.Text(), nullable=False),
    sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("fulfilled_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.PrimaryKeyConstraint("id")
    )
    op.create_index(op.f("ix_evidence_requests_application_id"), "evidence_requests", ["application_id"], unique=False)
    op.create_table("screening_verdicts",
    sa.Column("application_id", sa.UUID(), nullable=False),
    sa.Column("requirement_code", sa.Text(), nullable=False),
    sa.Column("verdict", sa.Text(), nullable=False),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("decided_by", sa.Text(), nullable=False),
    sa.Column("decided_by_role", sa.Text(), nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["application_id"], ["applications.id"], ),
    sa.PrimaryKeyConstraint("application_id", "requirement_code")
    )


def downgrade() -> None:
    op.drop_table("screening_verdicts")
    op.drop_index(op.f("ix_evidence_requests_application_id"), table_name="evidence_requests")
    op.drop_table("evidence_requests")
    op.drop_index(op.f("ix_evidence_valid_until"), table_name="evidence")
    op.drop_index(op.f("ix_evidence_application_id"), table_name="evidence")
    op.drop_table("evidence")
    op.drop_index(op.f("ix_dialogue_sessions_application_id"), table_name="dialogue_sessions")
    op.drop_table("dialogue_sessions")
    op.drop_index(op.f("ix_application_steps_application_id"), table_name="application_steps")
    op.drop_table("application_steps")
    op.drop_index("ix_admissions_provider_region", table_name="admissions")
    op.drop_table("admissions")
    op.drop_index("ix_enforcements_provider_region", table_name="enforcements")
    op.drop_table("enforcements")
    op.drop_index("ix_applications_region_status", table_name="applications")
    op.drop_index(op.f("ix_applications_provider_id"), table_name="applications")
    op.drop_table("applications")
    op.drop_index("ix_signals_region_open", table_name="signals")
    op.drop_table("signals")
    op.drop_table("requirements")
    op.drop_index(op.f("ix_providers_main_contractor_id"), table_name="providers")
    op.drop_table("providers")
    op.drop_index(op.f("ix_intake_windows_region_code"), table_name="intake_windows")
    op.drop_table("intake_windows")
    op.drop_index(op.f("ix_closed_product_groups_region_code"), table_name="closed_product_groups")
    op.drop_table("closed_product_groups")
