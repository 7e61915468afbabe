"""deploy/ (Kubernetes manifests, no cluster needed): every manifest parses and has what its kind
requires, everything it refers to exists, the ports agree from container to Service to the URLs
in the environment and the router's nginx.conf, and Rasa gets the same endpoints (tracker store,
lock store, variables) as the production profile on one machine."""

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml

from stack.production_services import NginxSite, render_nginx_conf

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
NAMESPACE = "benefits-assistant"
SECRET = "assistant-secrets"
WORKLOADS = ("Deployment", "StatefulSet")
# The Kubernetes version deploy/README.md names; kubernetes-validate carries its API schema.
KUBERNETES_VERSION = "1.34.0"

Doc = dict[str, Any]


def manifests() -> list[tuple[str, Doc]]:
    found = []
    for path in sorted(DEPLOY.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            if doc is not None:
                found.append((path.name, doc))
    return found


def named(kind: str, name: str) -> Doc:
    matches = [d for _, d in manifests() if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind} {name}, found {len(matches)}"
    return matches[0]


def containers(workload: Doc) -> list[Doc]:
    return list(workload["spec"]["template"]["spec"]["containers"])


def container(kind: str, name: str) -> Doc:
    (only,) = containers(named(kind, name))
    return only


def config(name: str) -> dict[str, str]:
    return dict(named("ConfigMap", name)["data"])


def arg_after(flag: str, args: list[str]) -> str:
    return args[args.index(flag) + 1]


def service_port(name: str, port_name: str | None = None) -> int:
    ports = named("Service", name)["spec"]["ports"]
    if port_name is not None:
        ports = [p for p in ports if p["name"] == port_name]
    assert len(ports) == 1, f"Service {name}: which port? {ports}"
    return int(ports[0]["port"])


def container_port(kind: str, name: str, port_name: str = "http") -> int:
    (port,) = [p for p in container(kind, name)["ports"] if p["name"] == port_name]
    return int(port["containerPort"])


def test_every_manifest_parses_and_the_kustomization_lists_them_all() -> None:
    kustomization = yaml.safe_load((DEPLOY / "kustomization.yaml").read_text())
    files = {p.name for p in DEPLOY.glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files
    assert kustomization["namespace"] == NAMESPACE
    for filename, doc in manifests():
        for key in ("apiVersion", "kind", "metadata"):
            assert key in doc, f"{filename}: a document without {key}"
        assert doc["metadata"].get("name"), f"{filename}: a {doc['kind']} without a name"


@pytest.mark.parametrize(
    ("kind", "name", "replicas"),
    [
        ("StatefulSet", "rasa", 2),
        ("Deployment", "actions", 2),
        ("Deployment", "web", 2),
        ("Deployment", "router", 2),
        ("StatefulSet", "postgres", 1),
        ("StatefulSet", "redis", 1),
    ],
)
def test_each_workload_is_complete(kind: str, name: str, replicas: int) -> None:
    workload = named(kind, name)
    spec = workload["spec"]
    assert spec["replicas"] == replicas
    labels = spec["template"]["metadata"]["labels"]
    assert spec["selector"]["matchLabels"].items() <= labels.items()
    if kind == "StatefulSet":
        assert named("Service", spec["serviceName"])
    for each in containers(workload):
        assert each["name"] and each["image"], f"{name}: a container needs a name and an image"
        assert "resources" in each and "requests" in each["resources"]
        assert "readinessProbe" in each, f"{name}: no readiness probe"


def test_every_service_selects_pods_and_names_their_ports() -> None:
    workloads = [d for _, d in manifests() if d["kind"] in WORKLOADS]
    for _, service in manifests():
        if service["kind"] != "Service":
            continue
        selector = service["spec"]["selector"]
        selected = [
            w
            for w in workloads
            if selector.items() <= w["spec"]["template"]["metadata"]["labels"].items()
        ]
        name = service["metadata"]["name"]
        assert len(selected) == 1, f"Service {name} selects {len(selected)} workloads"
        port_names = {p["name"] for c in containers(selected[0]) for p in c.get("ports", [])}
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in port_names, f"Service {name}: {port['targetPort']}"


def references(doc: Any) -> list[tuple[str, str, str | None]]:
    """(kind, name, key) of every ConfigMap and Secret a manifest refers to."""
    found: list[tuple[str, str, str | None]] = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key == "configMapRef" or (key == "configMap" and isinstance(value, dict)):
                found.append(("ConfigMap", value["name"], None))
            elif key == "secretKeyRef":
                found.append(("Secret", value["name"], value["key"]))
            else:
                found.extend(references(value))
    elif isinstance(doc, list):
        for item in doc:
            found.extend(references(item))
    return found


def documented_secret_keys() -> set[str]:
    readme = (DEPLOY / "README.md").read_text()
    return set(re.findall(r"--from-literal=([a-z-]+)=", readme))


def test_config_maps_exist_and_secrets_come_from_the_documented_secret() -> None:
    config_maps = {d["metadata"]["name"] for _, d in manifests() if d["kind"] == "ConfigMap"}
    secret_keys: set[str] = set()
    for _, doc in manifests():
        for kind, name, key in references(doc):
            if kind == "ConfigMap":
                assert name in config_maps, f"no ConfigMap {name}"
            else:
                assert name == SECRET
                assert key is not None
                secret_keys.add(key)
    # No secret in the manifests themselves: the README says how to create it.
    assert not [d for _, d in manifests() if d["kind"] == "Secret"]
    assert secret_keys == documented_secret_keys()
    assert {"postgres-password", "redis-password", "rasa-token"} <= secret_keys


def variables(endpoints: Any) -> set[str]:
    """The ${VAR}s in the values of a parsed endpoints file (not in its comments)."""
    if isinstance(endpoints, dict):
        return set().union(*(variables(v) for v in endpoints.values()))
    if isinstance(endpoints, str):
        return set(re.findall(r"\$\{([A-Z_]+)\}", endpoints))
    return set()


def test_rasa_gets_the_endpoints_of_the_production_profile() -> None:
    local = (ROOT / "bot" / "endpoints.production.yml").read_text()
    deployed = config("rasa-endpoints")["endpoints.yml"]
    assert yaml.safe_load(deployed) == yaml.safe_load(local)
    endpoints = yaml.safe_load(deployed)
    assert endpoints["tracker_store"]["type"] == "bot.stores.postgres.PostgresTrackerStore"
    assert endpoints["lock_store"]["type"] == "bot.stores.redis_lock.KeepAliveRedisLockStore"
    assert variables(endpoints) == variables(yaml.safe_load(local))
    # Every variable the endpoints name is in the Rasa container's environment.
    rasa = container("StatefulSet", "rasa")
    given = {e["name"] for e in rasa["env"]}
    for source in rasa["envFrom"]:
        given |= set(config(source["configMapRef"]["name"]))
    assert variables(endpoints) <= given
    # Passwords come from the secret, never from a ConfigMap.
    assert not {k for k in config("assistant-env") if "PASSWORD" in k or "TOKEN" in k}
    mount = rasa["volumeMounts"][0]["mountPath"]
    assert arg_after("--endpoints", rasa["args"]) == f"{mount}/endpoints.yml"


def test_the_ports_agree_from_container_to_service_to_url() -> None:
    env = config("assistant-env")
    rasa = container("StatefulSet", "rasa")
    rasa_port = int(arg_after("--port", rasa["args"]))
    assert rasa_port == container_port("StatefulSet", "rasa") == service_port("rasa")

    actions = container("Deployment", "actions")
    action_url = urlsplit(env["ACTION_ENDPOINT_URL"])
    assert action_url.hostname == "actions" and action_url.path == "/webhook"
    assert action_url.port == int(arg_after("--port", actions["args"]))
    assert action_url.port == container_port("Deployment", "actions") == service_port("actions")

    web_port = int(arg_after("--port", container("Deployment", "web")["args"]))
    assert web_port == container_port("Deployment", "web") == service_port("web")

    postgres = int(env["POSTGRES_PORT"])
    assert env["POSTGRES_HOST"] == "postgres"
    assert postgres == container_port("StatefulSet", "postgres", "postgres")
    assert postgres == service_port("postgres")

    redis = int(env["REDIS_PORT"])
    assert env["REDIS_HOST"] == "redis"
    assert redis == int(arg_after("--port", container("StatefulSet", "redis")["args"]))
    assert redis == container_port("StatefulSet", "redis", "redis") == service_port("redis")

    rasa_url = urlsplit(env["ASSISTANT_RASA_URL"])
    assert rasa_url.hostname == "router"
    assert rasa_url.port == service_port("router", "inside")
    assert rasa_url.port == container_port("Deployment", "router", "inside")

    nginx = config("router-nginx")["nginx.conf"]
    listens = [int(p) for p in re.findall(r"^\s*listen (\d+);", nginx, re.MULTILINE)]
    public = container_port("Deployment", "router", "public")
    assert listens == [public, rasa_url.port]
    assert service_port("router", "public") == public
    (rule,) = named("Ingress", "assistant")["spec"]["rules"]
    backend = rule["http"]["paths"][0]["backend"]["service"]
    assert backend == {"name": "router", "port": {"number": public}}
    upstream_web = re.search(r"upstream web \{[^}]*server (\S+):(\d+)", nginx)
    assert upstream_web and upstream_web[1].startswith("web.") and int(upstream_web[2]) == web_port


def upstream_servers(nginx: str, name: str) -> list[str]:
    block = re.search(rf"upstream {name} \{{(.*?)\}}", nginx, re.DOTALL)
    assert block, f"no upstream {name}"
    return re.findall(r"^\s*server (\S+)", block[1], re.MULTILINE)


def test_the_router_sends_each_sender_to_one_named_rasa_replica() -> None:
    nginx = config("router-nginx")["nginx.conf"]
    replicas = named("StatefulSet", "rasa")["spec"]["replicas"]
    port = service_port("rasa")
    expected = [f"rasa-{i}.rasa.{NAMESPACE}.svc.cluster.local:{port}" for i in range(replicas)]
    assert upstream_servers(nginx, "rasa") == expected
    assert upstream_servers(nginx, "rasa_socketio") == expected
    assert "hash $sender_key consistent;" in nginx
    # The same reading of the sender from the REST body as the profile on one machine.
    template = render_nginx_conf(
        NginxSite("127.0.0.1", 8080, 8081, (5105, 5106), (5155, 5156), 8100), "/tmp/", "/tmp"
    )
    sender_rule = re.compile(r"^\s*('~\"sender\".*' \$sender;)$", re.MULTILINE)
    assert sender_rule.findall(nginx) == sender_rule.findall(template) != []
    for setting in ("proxy_request_buffering on;", "client_body_buffer_size 64k;"):
        assert setting in nginx and setting in template
    # No replica left: the same apology, as JSON.
    apology = re.compile(r"return 503 '(.*)';")
    assert apology.findall(nginx) == apology.findall(template) != []


def schema_problems(docs: list[tuple[str, Doc]]) -> list[str]:
    """Each manifest checked against the Kubernetes API schema of KUBERNETES_VERSION, strictly
    (an unknown field, a misspelt one included, is a problem); a kind without a schema is one."""
    problems = []
    for filename, doc in docs:
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            where = ".".join(str(part) for part in error.path)
            problems.append(f"{filename} {doc['kind']}/{doc['metadata']['name']}: {where}: "
                            f"{error.message}")  # fmt: skip
        except kubernetes_validate.SchemaNotFoundError as error:
            problems.append(f"{filename}: {error.message}")
    return problems


def test_every_manifest_matches_the_kubernetes_api_schema() -> None:
    assert (
        "Kubernetes " + KUBERNETES_VERSION.removesuffix(".0") in (DEPLOY / "README.md").read_text()
    )
    assert schema_problems(manifests()) == []


def test_an_invalid_manifest_is_caught(tmp_path: Path) -> None:
    broken = named("Deployment", "web")
    broken = yaml.safe_load(yaml.safe_dump(broken))  # a copy
    broken["spec"]["replicas"] = "two"  # not an integer
    broken["spec"]["template"]["spec"]["contianers"] = []  # a misspelt field
    unknown = {"apiVersion": "apps/v1", "kind": "Deploymnet", "metadata": {"name": "x"}}
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump_all([broken, unknown]))
    docs = [("broken.yaml", doc) for doc in yaml.safe_load_all(path.read_text())]
    problems = schema_problems(docs)
    assert len(problems) == 2, problems
    assert problems[0].startswith("broken.yaml Deployment/web: ")
    assert "Couldn't find schema for kind Deploymnet" in problems[1], problems
