"""Re-encrypt job for a key rotation (docs/operations.md): rewrites every allocation's client
details still under an older key with the active key, in batches, so the old key can be
dropped once no row references it.

    DATABASE_URL=… DATA_ENCRYPTION_KEY=… DATA_ENCRYPTION_KEY_ID=k2 \\
    DATA_ENCRYPTION_RETIRED_KEYS='{"k1": "…"}' python -m contract_service.reencrypt"""
from __future__ import annotations

from sqlalchemy import Engine, select, update

from contract_service.adapters import orm
from contract_service.adapters.crypto import ClientVault


def reencrypt(engine: Engine, vault: ClientVault, batch: int = 500) -> int:
    prefix = vault.active_key_id.encode() + b"."
    done = 0
    while True:
        with engine.begin() as conn:
            rows = conn.execute(select(orm.Allocation.id, orm.Allocation.client_blob)
                                .where(orm.Allocation.client_blob.not_like(prefix + b"%"))
                                .limit(batch).with_for_update(skip_locked=True)).all()
            for row in rows:
                blob = vault.encrypt(vault.decrypt(row.client_blob, str(row.id)), str(row.id))
                conn.execute(update(orm.Allocation).where(orm.Allocation.id == row.id).values(client_blob=blob))
        done += len(rows)
        if len(rows) < batch:
            return done


def main() -> None:
    from contract_service.bootstrap import build_runtime, context

    runtime = build_runtime()
    try:
        print(f"re-encrypted {reencrypt(runtime.engine, context(runtime).vault)} allocations")
    finally:
        runtime.stop()


if __name__ == "__main__":
    main()
