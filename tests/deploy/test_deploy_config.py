"""Static checks of the deployment configuration: Compose file, proxy, Dockerfiles, kustomize.

Needs only the files in the repository and the packages in requirements.txt beside this file;
no Docker, no cluster, no network. When `kubectl` is on the PATH each overlay is also built.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
K8S = ROOT / "infra" / "k8s"

# service folder -> (package, context name, API base path)
SERVICES = {
    "admission-service": ("admission_service", "admission", "/admission/api/v1"),
    "contract-service": ("contract_service", "contracting", "/contracting/api/v1"),
    "availability-service": ("availability_service", "availability", "/availability/api/v1"),
    "monitor-service": ("monitor_service", "monitoring", "/monitoring/api/v1"),
}
TOPICS = {"zorgregio.admission": 6, "zorgregio.contracting": 6, "zorgregio.allocation": 12,
          "zorgregio.availability": 6, "zorgregio.monitoring": 6}
DAY_MS = 24 * 3600 * 1000


def expected_topics() -> dict[str, tuple[int, int]]:
    """topic -> (partitions, retention.ms)"""
    wanted = {name: (parts, 30 * DAY_MS) for name, parts in TOPICS.items()}
    wanted.update({f"{name}.dlq": (1, 14 * DAY_MS) for name in TOPICS})
    return wanted


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


# --- docker-compose.yml -----------------------------------------------------------------------

def test_compose_matches_the_compose_specification(compose):
    schema_text = (resources.files("check_jsonschema.builtin_schemas.vendor") / "compose-spec.json").read_text()
    schema = json.loads(schema_text)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(compose), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_compose_has_no_required_variables():
    # every ${VAR} has a demo default, so `docker compose up` works without an .env file
    text = COMPOSE.read_text()
    assert not re.search(r"\$\{[A-Z0-9_]+:?\?", text)
    for match in re.finditer(r"(?<!\$)\$\{([A-Z0-9_]+)([^}]*)\}", text):
        assert match.group(2).startswith(":-"), f"${{{match.group(1)}}} has no default"


def test_each_service_has_healthcheck_and_runs_after_its_migration(compose):
    services = compose["services"]
    for name, (_, context, _) in SERVICES.items():
        service = services[name]
        assert service["build"]["dockerfile"] == f"{name}/Dockerfile"
        assert service["build"]["context"] == "."
        assert "/health" in " ".join(service["healthcheck"]["test"])
        deps = service["depends_on"]
        migrate = f"{context}-migrate"
        assert deps[migrate]["condition"] == "service_completed_successfully"
        assert deps["kafka-init"]["condition"] == "service_completed_successfully"
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["kafka"]["condition"] == "service_healthy"
        assert services[migrate]["command"] == ["zorgregio", "migrate", context]
        assert services[migrate]["image"] == service["image"]
        assert services[migrate]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert services[migrate]["environment"] == service["environment"]
        env = service["environment"]
        assert env["DATABASE_URL"].endswith(f"@postgres:5432/zorgregio_{context}")
        assert env["TOKEN_AUDIENCE"] == "zorgregio"
        assert env["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
        assert "JWKS_URL" in env and "TOKEN_ISSUER" in env
    contract_env = services["contract-service"]["environment"]
    assert "PSEUDONYM_KEY" in contract_env and "DATA_ENCRYPTION_KEY" in contract_env


def test_database_passwords_match_the_init_script(compose):
    postgres_env = compose["services"]["postgres"]["environment"]
    init_sql = (ROOT / "infra/postgres/init/01-databases.sql").read_text()
    for name, (_, context, _) in SERVICES.items():
        variable = f"{context.upper()}_DB_PASSWORD"
        assert f"\\getenv {context}_password {variable}" in init_sql
        assert f"CREATE DATABASE zorgregio_{context} OWNER {context};" in init_sql
        password = postgres_env[variable]
        url = compose["services"][name]["environment"]["DATABASE_URL"]
        assert url == f"postgresql+psycopg://{context}:{password}@postgres:5432/zorgregio_{context}"


def test_infrastructure_and_web_stack(compose):
    services = compose["services"]
    assert services["postgres"]["image"].startswith("postgres:16")
    assert "./infra/postgres/init:/docker-entrypoint-initdb.d:ro" in services["postgres"]["volumes"]
    kafka = services["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert kafka["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft
    init = services["kafka-init"]
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"
    created = {}
    for spec in init["environment"]["TOPICS"].split():
        name, partitions, retention = spec.split(":")
        created[name] = (int(partitions), int(retention))
    assert created == expected_topics()
    assert services["keycloak"]["profiles"] == ["auth"]
    assert services["webapp"]["build"]["dockerfile"] == "frontend/Dockerfile"
    proxy = services["proxy"]
    assert "./infra/nginx/proxy.conf:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert any(str(port).endswith(":8080") for port in proxy["ports"])
    for name in [*SERVICES, "webapp"]:
        assert proxy["depends_on"][name]["condition"] == "service_healthy"
        assert "healthcheck" in services[name]


# --- reverse proxy ------------------------------------------------------------------------------

def nginx_routes(conf: str) -> tuple[dict[str, str], dict[str, str]]:
    """(location prefix -> upstream name, upstream name -> server address)"""
    upstreams = dict(re.findall(r"upstream\s+(\S+)\s*\{\s*server\s+([^;\s]+)", conf))
    locations = dict(re.findall(r"location\s+(/\S*)\s*\{[^}]*?proxy_pass\s+http://([^;/\s]+)", conf))
    return locations, upstreams


def test_proxy_routes_every_base_path_to_its_service():
    locations, upstreams = nginx_routes((ROOT / "infra/nginx/proxy.conf").read_text())
    for name, (_, _, base) in SERVICES.items():
        assert upstreams[locations[base]] == f"{name}:8000"
        # a longer, more specific location must not send part of the base path elsewhere
        assert not [p for p in locations if p.startswith(base) and p != base]
    assert upstreams[locations["/"]] == "webapp:8080"


def test_webapp_serves_the_spa_with_fallback():
    conf = (ROOT / "infra/nginx/webapp.conf").read_text()
    assert re.search(r"try_files\s+\$uri\s+\$uri/\s+/index.html;", conf)
    assert "listen 8080;" in conf


# --- Dockerfiles ----------------------------------------------------------------------------------

@pytest.mark.parametrize("folder", sorted(SERVICES))
def test_service_dockerfile(folder):
    package, context, _ = SERVICES[folder]
    text = (ROOT / folder / "Dockerfile").read_text()
    assert "python:3.11-slim" in text
    assert "pip install /src/services" in text
    assert f"pip install /src/{folder}" in text
    assert text.index("pip install /src/services") < text.index(f"pip install /src/{folder}")
    assert f'"{package}.main:create_app", "--factory"' in text
    assert re.search(r"^USER (?!0\b|root\b)\S+", text, re.MULTILINE)
    assert re.search(r"^HEALTHCHECK .*\n?.*/health", text, re.MULTILINE)
    assert f"zorgregio migrate {context}" in text


def test_frontend_dockerfile():
    text = (ROOT / "frontend/Dockerfile").read_text()
    assert re.search(r"^FROM node:20\S* AS build", text, re.MULTILINE)
    assert "npm ci" in text and "npm run build" in text
    assert re.search(r"^FROM nginx:\S*alpine", text, re.MULTILINE)
    assert "COPY --from=build /app/dist /usr/share/nginx/html" in text
    assert "infra/nginx/webapp.conf" in text


def test_dockerignore_keeps_what_the_images_copy():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()}
    for needed in ["services", "frontend", "infra", "infra/nginx", *SERVICES]:
        assert needed not in ignored
    assert {".git", ".venv", "frontend/node_modules"} <= ignored


# --- Kubernetes -----------------------------------------------------------------------------------

def k8s_documents() -> list[tuple[Path, dict]]:
    docs = []
    for path in sorted(K8S.rglob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc is not None:
                docs.append((path, doc))
    return docs


def test_every_k8s_document_is_a_named_object():
    docs = k8s_documents()
    assert docs
    for path, doc in docs:
        where = path.relative_to(ROOT)
        assert doc.get("apiVersion"), where
        assert doc.get("kind"), where
        assert doc.get("metadata", {}).get("name"), where


def kustomization_references(doc: dict) -> list[str]:
    refs = list(doc.get("resources", [])) + list(doc.get("components", []))
    refs += [p["path"] for p in doc.get("patches", []) if "path" in p]
    refs += list(doc.get("patchesStrategicMerge", []))
    for generator in doc.get("configMapGenerator", []) + doc.get("secretGenerator", []):
        for entry in generator.get("files", []) + generator.get("envs", []):
            refs.append(entry.split("=", 1)[-1])
    return refs


def test_kustomizations_reference_existing_files():
    kustomizations = sorted(K8S.rglob("kustomization.yaml"))
    assert {p.parent.relative_to(K8S).as_posix() for p in kustomizations} >= {
        "base", "base/kafka", "overlays/dev", "overlays/production"}
    for path in kustomizations:
        doc = yaml.safe_load(path.read_text())
        assert doc["kind"] == "Kustomization"
        for ref in kustomization_references(doc):
            target = (path.parent / ref).resolve()
            assert target.exists(), f"{path.relative_to(ROOT)} -> {ref}"
            if target.is_dir():
                assert (target / "kustomization.yaml").exists(), f"{path.relative_to(ROOT)} -> {ref}"


def test_k8s_base_objects():
    by_kind: dict[str, dict[str, dict]] = {}
    for path, doc in k8s_documents():
        if "/base/" in path.as_posix():
            by_kind.setdefault(doc["kind"], {})[doc["metadata"]["name"]] = doc
    for name, (_, context, _base) in SERVICES.items():
        deployment = by_kind["Deployment"][name]
        assert deployment["spec"]["replicas"] == 3
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
        assert container["livenessProbe"]["httpGet"]["path"] == "/health"
        assert container["resources"]["requests"] and container["resources"]["limits"]
        assert name in by_kind["Service"] and name in by_kind["ConfigMap"]
        assert name in by_kind["PodDisruptionBudget"] and name in by_kind["HorizontalPodAutoscaler"]
        job = by_kind["Job"][f"{context}-migrate"]
        assert job["spec"]["template"]["spec"]["containers"][0]["command"] == ["zorgregio", "migrate", context]
    paths = {p["path"]: p["backend"]["service"]["name"]
             for rule in by_kind["Ingress"]["zorgregio"]["spec"]["rules"] for p in rule["http"]["paths"]}
    assert paths == {**{base: name for name, (_, _, base) in SERVICES.items()}, "/": "webapp"}
    kafka = by_kind["Kafka"]["zorgregio"]
    assert kafka["metadata"]["annotations"]["strimzi.io/kraft"] == "enabled"
    assert sum(pool["spec"]["replicas"] for pool in by_kind["KafkaNodePool"].values()) == 3
    topics = {t["spec"]["topicName"]: (t["spec"]["partitions"], int(t["spec"]["config"]["retention.ms"]))
              for t in by_kind["KafkaTopic"].values()}
    assert topics == expected_topics()
    assert all(t["spec"]["config"]["cleanup.policy"] == "delete" for t in by_kind["KafkaTopic"].values())


def test_dev_postgres_init_is_the_compose_one():
    assert (K8S / "overlays/dev/01-databases.sql").read_text() == \
        (ROOT / "infra/postgres/init/01-databases.sql").read_text()


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl not installed")
@pytest.mark.parametrize("overlay", ["dev", "production"])
def test_overlay_builds(overlay):
    result = subprocess.run(["kubectl", "kustomize", str(K8S / "overlays" / overlay)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    docs = [d for d in yaml.safe_load_all(result.stdout) if d]
    namespaced = [d for d in docs if d["kind"] != "Namespace"]
    assert {d["metadata"].get("namespace") for d in namespaced} == {f"zorgregio{'-dev' if overlay == 'dev' else ''}"}
    if overlay == "production":
        for d in docs:
            if d["kind"] in ("Deployment", "Job") and d["metadata"]["name"] != "webapp":
                env = d["spec"]["template"]["spec"]["containers"][0]["env"]
                url = next(e for e in env if e["name"] == "DATABASE_URL")
                assert url["valueFrom"]["secretKeyRef"]["name"] == "zorgregio-managed-postgres"
