"""Each client installs as its README says, from a directory outside the repository,
without the repository's .venv or node_modules: the first `sh` block under the
README's "## Install" runs verbatim in a new project of that language (a venv, a Go
module, an npm project, a Maven project whose pom holds the README's `xml` block),
with IMAGEGALLERY_REPO naming the repository; then a program of that project calls
the server through the installed client."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT = 300

GO_PROGRAM = """package main

import (
	"context"
	"fmt"
	"os"

	"github.com/imagegallery/imagegallery/clients/go/gallery"
	pb "github.com/imagegallery/imagegallery/clients/go/imagegallery/v1"
)

func main() {
	ctx := context.Background()
	c, err := gallery.Dial(ctx, os.Getenv("IMAGEGALLERY_ADDRESS"))
	if err != nil {
		panic(err)
	}
	defer c.Close()
	region, err := c.Regions.GetRegion(ctx, &pb.GetRegionRequest{Name: "East US"})
	if err != nil {
		panic(err)
	}
	fmt.Println(region.GetName())
}
"""

NODE_PROGRAM = """import { createImageGalleryClient } from "imagegallery-client";

const client = createImageGalleryClient({ address: process.env.IMAGEGALLERY_ADDRESS });
console.log((await client.regions.getRegion({ name: "East US" })).name);
"""

PYTHON_PROGRAM = """import os

from imagegallery.client import Client
from imagegallery.v1 import region_service_pb2

with Client(os.environ["IMAGEGALLERY_ADDRESS"]) as client:
    print(client.regions.GetRegion(region_service_pb2.GetRegionRequest(name="East US")).name)
"""


JAVA_PROGRAM = """package app;

import com.imagegallery.client.ImageGalleryClient;
import com.imagegallery.v1.GetRegionRequest;

public class Main {
  public static void main(String[] args) {
    String address = System.getenv("IMAGEGALLERY_ADDRESS");
    try (ImageGalleryClient client = ImageGalleryClient.builder(address).build()) {
      GetRegionRequest eastUs = GetRegionRequest.newBuilder().setName("East US").build();
      System.out.println(client.regions().getRegion(eastUs).getName());
    }
  }
}
"""

# A new Maven project; the README's dependency goes where DEPENDENCY is.
JAVA_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>app</artifactId>
  <version>1.0.0</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
DEPENDENCY
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
      </plugin>
    </plugins>
  </build>
</project>
"""


def install_block(language: str, kind: str = "sh") -> str:
    """The first `kind` block of the client's "## Install" section."""
    readme = (ROOT / "clients" / language / "README.md").read_text()
    section = readme.split("\n## Install\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(rf"```{kind}\n(.*?)```", section, re.S)
    assert block, f"clients/{language}/README.md has no {kind} block under ## Install"
    return block.group(1)


def outside_environment(project: Path, address: str) -> dict[str, str]:
    """This environment without the repository's tools (its .venv, node_modules)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "NODE_PATH", "GOFLAGS")}
    kept = [p for p in env.get("PATH", "").split(os.pathsep) if not Path(p).is_relative_to(ROOT)]
    env.update(
        PATH=os.pathsep.join(kept),
        IMAGEGALLERY_REPO=str(ROOT),
        IMAGEGALLERY_ADDRESS=address,
        GOWORK="off",
        PWD=str(project),
    )
    return env


def run(command: list[str], project: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        command, cwd=project, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT
    )
    assert done.returncode == 0, f"{command}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def new_python_project(project: Path, env: dict[str, str]) -> list[str]:
    python = shutil.which("python3", path=env["PATH"]) or sys.executable
    run([python, "-m", "venv", ".venv"], project, env)
    env["PATH"] = os.pathsep.join([str(project / ".venv" / "bin"), env["PATH"]])
    env["VIRTUAL_ENV"] = str(project / ".venv")
    (project / "main.py").write_text(PYTHON_PROGRAM)
    return [str(project / ".venv" / "bin" / "python"), "main.py"]


def new_go_project(project: Path, env: dict[str, str]) -> list[str]:
    run(["go", "mod", "init", "example.com/app"], project, env)
    (project / "main.go").write_text(GO_PROGRAM)
    return ["go", "run", "."]


def new_node_project(project: Path, env: dict[str, str]) -> list[str]:
    package = {"name": "app", "version": "1.0.0", "private": True, "type": "module"}
    (project / "package.json").write_text(json.dumps(package))
    (project / "main.js").write_text(NODE_PROGRAM)
    return ["node", "main.js"]


def new_java_project(project: Path, env: dict[str, str]) -> list[str]:
    (project / "pom.xml").write_text(JAVA_POM.replace("DEPENDENCY", install_block("java", "xml")))
    sources = project / "src" / "main" / "java" / "app"
    sources.mkdir(parents=True)
    (sources / "Main.java").write_text(JAVA_PROGRAM)
    # Maven prints colour codes even when quiet: run the program with java itself.
    return [
        "bash",
        "-euo",
        "pipefail",
        "-c",
        "mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=cp.txt >/dev/null"
        ' && java -cp "target/classes:$(cat cp.txt)" app.Main',
    ]


PROJECTS = {
    "python": new_python_project,
    "go": new_go_project,
    "node": new_node_project,
    "java": new_java_project,
}


@pytest.mark.parametrize("language", PROJECTS)
def test_the_client_installs_as_its_readme_says(tmp_path, server, language):
    project = tmp_path / "app"
    project.mkdir()
    assert not project.resolve().is_relative_to(ROOT)
    env = outside_environment(project, server.address)
    program = PROJECTS[language](project, env)
    run(["bash", "-euo", "pipefail", "-c", install_block(language)], project, env)
    assert run(program, project, env).strip() == "eastus"
    # A link into the repository would find the repository's node_modules, which a
    # user's fresh clone has not: the package must be a copy, with its dependencies.
    assert not (project / "node_modules" / "imagegallery-client").is_symlink()
