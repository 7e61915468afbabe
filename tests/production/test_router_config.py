"""The Kubernetes router's nginx.conf (deploy/config.yaml) is one nginx accepts: checked with
Debian's nginx after the cluster-only parts are taken out (the `resolve` of nginx 1.27.3 and
later, the cluster's DNS names and resolver)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.test_deploy import DEPLOY

pytestmark = pytest.mark.production


def test_the_router_config_passes_nginx_t(tmp_path: Path) -> None:
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    assert nginx, "nginx is not installed: run `make production-deps`"
    (config_map,) = [
        doc
        for doc in yaml.safe_load_all((DEPLOY / "config.yaml").read_text())
        if doc["metadata"]["name"] == "router-nginx"
    ]
    text = config_map["data"]["nginx.conf"]
    text = re.sub(r"^\s*resolver .*;$", "", text, flags=re.MULTILINE)
    text = text.replace(" resolve", "")
    text = re.sub(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.svc\.cluster\.local", "127.0.0.1", text)
    text = text.replace("/tmp/", f"{tmp_path}/")
    conf = tmp_path / "nginx.conf"
    conf.write_text(text)
    check = subprocess.run(
        [nginx, "-t", "-p", f"{tmp_path}/", "-c", str(conf), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
