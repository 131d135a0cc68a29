"""`zorgregio`: the platform's command line (dev stack, tokens, migrations, seeds, replay, docs)."""
from __future__ import annotations

import argparse
import json
import sys
from importlib import import_module
from pathlib import Path

import yaml

from zorgregio.catalog import SERVICES
from zorgregio.security.principal import Role


def _service_settings(name: str):
    return import_module(f"{SERVICES[name].package}.config").Settings()


def _runtime(name: str):
    return import_module(f"{SERVICES[name].package}.bootstrap").build_runtime(_service_settings(name))


def cmd_dev(args: argparse.Namespace) -> None:
    from zorgregio.devstack import run

    run(Path.cwd(), seed=not args.no_seed, web=not args.no_web)


def cmd_test_stack(args: argparse.Namespace) -> None:
    """A throw-away platform on free ports for browser tests: writes its addresses as JSON, then
    runs until SIGTERM/SIGINT, drops its databases and removes its folder (unless `--keep`)."""
    import os
    import shutil
    import signal
    import tempfile
    import time
    import uuid

    from zorgregio.stack import PlatformStack

    stack = PlatformStack(args.database_url, Path(tempfile.mkdtemp(prefix="zorgregio-stack-")),
                          database_prefix=f"zt_stack_{uuid.uuid4().hex[:8]}_",
                          extra_env={"CORS_ORIGINS": '["*"]'})  # the web app under test runs on any free port
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        stack.start()
        info = {"issuer": stack.issuer_url, "keys": str(stack.keys.folder), "logs": str(stack.logs),
                "services": {name: stack.api(name) for name in SERVICES}}
        Path(args.out).write_text(json.dumps(info, indent=2))
        while all(p.poll() is None for p in stack.processes.values()):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        stack.stop()
        stack.drop_databases()
        Path(args.out).unlink(missing_ok=True)
        if args.keep:
            print(f"logs kept in {stack.logs}", file=sys.stderr, flush=True)
        else:
            shutil.rmtree(stack.workdir, ignore_errors=True)
        os._exit(0)


def cmd_dev_issuer(args: argparse.Namespace) -> None:
    import uvicorn

    from zorgregio.security.dev_issuer import create_dev_issuer_app
    from zorgregio.security.dev_keys import DevKeyStore

    issuer = args.issuer or f"http://127.0.0.1:{args.port}"
    uvicorn.run(create_dev_issuer_app(DevKeyStore(), issuer), host="127.0.0.1", port=args.port, log_level="warning")


def cmd_dev_token(args: argparse.Namespace) -> None:
    from zorgregio.security.dev_keys import DevKeyStore, token_claims

    claims = token_claims(issuer=args.issuer, audience=args.audience, role=args.role, subject=args.subject,
                          provider_id=args.provider_id, municipality_code=args.municipality,
                          region_code=args.region, name=args.name, lifetime_seconds=args.lifetime)
    print(DevKeyStore().sign(claims))


def cmd_dev_keys_rotate(_: argparse.Namespace) -> None:
    from zorgregio.security.dev_keys import DevKeyStore

    print(f"new signing key {DevKeyStore().rotate().kid}; older keys stay in the JWKS")


def cmd_migrate(args: argparse.Namespace) -> None:
    from zorgregio.migrations import upgrade

    upgrade(SERVICES[args.service].package, _service_settings(args.service).database_url)


def cmd_seed(args: argparse.Namespace) -> None:
    info = SERVICES[args.service]
    try:
        seed = import_module(f"{info.package}.seed").seed
    except ModuleNotFoundError:
        print(f"{args.service}: no seed data")
        return
    runtime = _runtime(args.service)
    try:
        seed(runtime)
    finally:
        runtime.stop()


def cmd_replay(args: argparse.Namespace) -> None:
    from zorgregio.messaging.kafka import ensure_topics

    runtime = _runtime(args.service)
    ensure_topics(runtime.settings)
    relay = runtime.relay()
    try:
        print(f"{args.service}: {relay.replay()} events republished")
    finally:
        relay.close()
        runtime.stop()


def cmd_export_asyncapi(args: argparse.Namespace) -> None:
    from zorgregio.events.asyncapi import asyncapi_document, event_schemas

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(yaml.safe_dump(asyncapi_document(), sort_keys=False, allow_unicode=True))
    schema_dir = out.parent / "events"
    schema_dir.mkdir(exist_ok=True)
    for name, schema in event_schemas().items():
        (schema_dir / f"{name}.schema.json").write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out} and {schema_dir}/")


def cmd_export_openapi(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, info in SERVICES.items():
        if args.service and name != args.service:
            continue
        app = import_module(f"{info.package}.main").create_app()
        (out / f"{name}.json").write_text(json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n")
        app.state.runtime.engine.dispose()
    print(f"wrote {out}/<service>.json")



def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zorgregio", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    services = sorted(SERVICES)

    dev = sub.add_parser("dev", help="start the whole platform on its embedded default")
    dev.add_argument("--no-seed", action="store_true")
    dev.add_argument("--no-web", action="store_true")
    dev.set_defaults(func=cmd_dev)

    test_stack = sub.add_parser("test-stack", help="start a throw-away platform on free ports (browser tests)")
    test_stack.add_argument("--out", required=True, help="where to write the addresses (JSON)")
    test_stack.add_argument("--database-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    test_stack.add_argument("--keep", action="store_true", help="keep the folder with keys and logs")
    test_stack.set_defaults(func=cmd_test_stack)

    issuer = sub.add_parser("dev-issuer", help="serve the development token issuer")
    issuer.add_argument("--port", type=int, default=8010)
    issuer.add_argument("--issuer", help="issuer URL (default http://127.0.0.1:PORT)")
    issuer.set_defaults(func=cmd_dev_issuer)

    token = sub.add_parser("dev-token", help="print a development token for a role")
    token.add_argument("--role", required=True, choices=[r.value for r in Role])
    token.add_argument("--provider-id")
    token.add_argument("--municipality", help="CBS code, for access_team and backoffice")
    token.add_argument("--region", help="region code, for region roles")
    token.add_argument("--subject")
    token.add_argument("--name")
    token.add_argument("--lifetime", type=int, default=3600)
    token.add_argument("--issuer", default="http://127.0.0.1:8010")
    token.add_argument("--audience", default="zorgregio")
    token.set_defaults(func=cmd_dev_token)

    keys = sub.add_parser("dev-keys-rotate", help="add a new signing key to the development issuer")
    keys.set_defaults(func=cmd_dev_keys_rotate)

    for name, func, text in (("migrate", cmd_migrate, "migrate a service's database to the newest version"),
                             ("seed", cmd_seed, "load a service's demo data (idempotent)"),
                             ("replay", cmd_replay, "republish a context's whole outbox, e.g. into an empty broker")):
        command = sub.add_parser(name, help=text)
        command.add_argument("service", choices=services)
        command.set_defaults(func=func)

    asyncapi = sub.add_parser("export-asyncapi", help="write docs/asyncapi.yaml and the events' JSON Schemas")
    asyncapi.add_argument("--out", default="docs/asyncapi.yaml")
    asyncapi.set_defaults(func=cmd_export_asyncapi)

    openapi = sub.add_parser("export-openapi", help="write every service's OpenAPI document")
    openapi.add_argument("--out", default="frontend/openapi")
    openapi.add_argument("--service", choices=services, help="only this service")
    openapi.set_defaults(func=cmd_export_openapi)

    return p


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    sys.exit(main())
